String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] vp: skapade plan-source/fokusomraden/4-1-nytt-fokusomrade.yaml')
assert log.contains('[INFO] vp: skapade plan-source/uppdrag/nr-1-nytt-uppdrag.yaml')
assert log.contains('[INFO] vp: Skriv uppdragets text och lägg till 1 i uppdrag-listan')
assert log.contains('[INFO] vp: 0 fel, 1 varning.')
assert log.contains("Ingen fil skapades: vp.kind=styrtl är okänt – menade du 'styrtal'? Välj uppdrag, styrtal eller fokusområde.")
assert !log.contains('\tat ')
assert new File(basedir, 'plan-source/fokusomraden/4-1-nytt-fokusomrade.yaml').getText('UTF-8').startsWith('nummer: "4.1"\n')
return true
