String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[WARNING] plan-source/styrtal/gastnatter.yaml:2:1: varning: filen är inte formaterad som mvn vp:fmt skriver den – kör mvn vp:fmt [VP019]')
assert log.contains('1 fil är inte formaterad: plan-source/styrtal/gastnatter.yaml. Kör mvn vp:fmt för att rätta.')
assert log.contains('[INFO] vp: formaterade plan-source/styrtal/gastnatter.yaml')
assert log.contains('[INFO] vp: 1 fil formaterad.')
assert log.contains('[INFO] vp: alla filer i plan-source är formaterade.')
assert !log.contains('\tat ')
assert new File(basedir, 'plan-source/styrtal/gastnatter.yaml').getText('UTF-8') == '''\
# Ett styrtal som en redaktör skrev det.
text: Antal gästnätter
riktning: öka
förslag:
  typ: nytt
  år: 2026
'''
return true
