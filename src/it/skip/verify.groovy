String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('vp:validate hoppas över (vp.skip)')
assert log.contains('BUILD SUCCESS')
return true
