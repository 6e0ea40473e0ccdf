String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] plan-source/uppdrag/unga-entreprenorskap.yaml:1:1: fel: nyckeln 'mottagare' saknas [VP102]")
assert log.contains("[ERROR] plan-source/uppdrag/unga-entreprenorskap.yaml:2:1: fel: okänd nyckel 'mottagre' – menade du 'mottagare'? [VP101]")
assert log.contains('2 fel, 0 varningar. Rätta felen och kör mvn vp:validate igen.')
assert !log.contains('Caused by')
assert !log.contains('\tat ')
return true
