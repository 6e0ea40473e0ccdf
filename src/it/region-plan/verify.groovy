String log = new File(basedir, 'build.log').getText('UTF-8')
for (String namnd : ['rtn', 'tvn']) {
  for (String file : ['bildspel.pdf', 'bildspel.pptx', 'sammanstallning.pdf', 'sammanstallning.docx', 'beslutsunderlag.pdf', 'beslutsunderlag.docx']) {
    assert new File(basedir, 'output/' + namnd + '/' + file).length() > 5000 : namnd + '/' + file
  }
  // Each nämnd's web edition in its own folder.
  for (String file : ['index.html', 'webb.css']) {
    assert new File(basedir, 'output/' + namnd + '/webb/' + file).isFile() : namnd + '/webb/' + file
  }
}
// The first render writes both nämnder; a finding in a file they share is given once.
assert log.contains('[INFO] vp: output/rtn\n') || log.contains('[INFO] vp: output/rtn\r\n')
assert log.count('region/fokusomraden') == 0
assert log.count('[WARNING] region/fullmaktige/uppdrag/nr-61-valfardsbrottslighet.yaml') <= 3
// Nothing changed: nothing is rendered again, and the same findings are given.
assert log.contains('[INFO] vp: output/ är aktuell')
// The third build renders tvn only, and it is already up to date.
assert log.count('[INFO] vp: output/tvn') == 1
assert log.contains("[ERROR] region/namnder/: fel: nämnden 'tvm' finns inte i namnder/ – menade du 'tvn'? [VP020]")
assert !log.contains('\tat ') && !log.contains('Exception:') : 'a stack trace reached the user'
return true
