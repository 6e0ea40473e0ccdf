String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[WARNING] plan-source/fokusomraden/4-1-2-hallbarhet.yaml:15:5: varning: uppdrag Nr 20 ges till nämnden under fokusområde 4.1.2')
assert log.contains('[WARNING] plan-source/forutsattningar.yaml:4:10: varning: avsnittet "Presentation av verksamhetens förutsättningar" är daterat 2024-09-09')
// The one list of the committed plan's findings, which the unit tests and README.md count from too.
long warnings = new File(basedir, '../../../src/test/resources/se/vp/committed-plan-findings.txt').readLines('UTF-8')
    .count { it.endsWith(' varning') }
assert log.count('[INFO] vp: 0 fel, ' + warnings + ' varningar.') == 2
for (String file : ['bildspel.pdf', 'bildspel.pptx', 'sammanstallning.pdf', 'sammanstallning.docx', 'beslutsunderlag.pdf', 'beslutsunderlag.docx']) {
  assert new File(basedir, 'output/' + file).length() > 5000 : file
  assert log.contains('[INFO] vp: output/' + file)
}
assert new File(basedir, 'output/förhandsvisning/bildspel-1.png').isFile()
assert log.contains('[INFO] vp: output/webb')
for (String file : ['index.html', 'malsattning-4.html', 'fokusomrade-4-1-1.html', 'ekonomi.html', 'webb.css']) {
  assert new File(basedir, 'output/webb/' + file).isFile() : 'webb/' + file
}
assert !log.contains('BUILD FAILURE')
// A user sees vp's own lines, not the libraries' logging.
List<String> foreign = log.readLines().findAll { line ->
  line.contains('docx4j') || line.contains('openhtmltopdf') || line.contains('pdfbox') || line.contains('SLF4J')
      || line.contains('MOXy') || line.contains('java.vendor')
}
assert foreign.isEmpty() : foreign.take(5)
return true
