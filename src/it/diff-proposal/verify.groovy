String log = new File(basedir, 'build.log').getText('UTF-8')
String markdown = new File(basedir, 'output/ändringar.md').getText('UTF-8')
assert markdown.startsWith('<!-- vp:diff -->')
assert markdown.contains(': 1 ändrad.')
assert markdown.contains('  - text: Att främja<del> ett</del> väl fungerande strukturer för kompetensförsörjning')
// Both revisions named: the base by the option, the proposal as HEAD with the work tree's change.
assert markdown =~ /Förslaget jämfört med main \([0-9a-f]{10}\) \(/
assert markdown =~ /\nFörslaget är HEAD \([0-9a-f]{10}\) \([0-9]+ [a-zä]+ [0-9]{4}\), med ändringar som inte är incheckade\.\n/
assert new File(basedir, 'output/ändringar.pdf').length() > 5000
assert new File(basedir, 'output/ändringar.docx').length() > 5000
assert log.contains('[INFO] vp: output/ändringar.md')
assert log.contains('BUILD SUCCESS')
assert !log.readLines().any { it.contains('jgit') || it.contains('docx4j') || it.contains('SLF4J') }
return true
