evaluate(new File(basedir, '../../../src/it/copy-committed-plan.groovy'))
return true
