String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[WARNING] plan-source/fokusomraden/4-1-2-hallbarhet.yaml:15:5: varning: uppdrag Nr 20 ges till nämnden under fokusområde 4.1.2')
assert log.contains('[WARNING] plan-source/forutsattningar.yaml:4:10: varning: avsnittet "Presentation av verksamhetens förutsättningar" är daterat 2024-09-09')
assert log.contains('[INFO] vp: 0 fel, 13 varningar.')
assert log.contains('BUILD SUCCESS')
assert !log.contains('[ERROR]')
return true
