String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[WARNING] plan-source/styrtal/gastnatter.yaml:1:7: varning: styrtalet gastnatter används inte av någon målsättning eller något fokusområde')
assert log.contains('0 fel, 1 varning, och vp.failOnWarning är satt. Rätta varningarna och kör mvn vp:validate igen.')
return true
