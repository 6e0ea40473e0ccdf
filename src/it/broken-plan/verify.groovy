String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] plan-source/styrtal/gastnatter.yaml:2:11: fel: ogiltigt värde 'upp' under 'riktning' – tillåtna värden: öka, minska [VP104]")
assert log.contains("[ERROR] plan-source/uppdrag/unga-entreprenorskap.yaml:2:1: fel: okänd nyckel 'mottagre' – menade du 'mottagare'? [VP101]")
assert log.contains('2 fel, 0 varningar. Rätta felen och kör mvn vp:validate igen.')
assert !log.contains('Caused by')
assert !log.contains('\tat ')
return true
