// Every line of Maven's log, split where the GitHub runner, a terminal or the log viewer would.
String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> lines = log.split('\r\n|[\n\r\u000b\f\u0085\u2028\u2029]') as List
for (String line : lines) {
  assert !line.trim().startsWith('::') : line
  assert !line.contains('\u202e') : line
  assert !line.startsWith('[ERROR] plan-source/plan.yaml:1:1') : line
  assert !line.contains('##[') : line
  assert !line.contains('hemlighet') || line.startsWith('[ERROR] plan-source/') : line
}
assert log.contains("[ERROR] plan-source/plan.yaml:8:1: fel: okänd nyckel 'x#⟨U+0023⟩[add-mask]h⟨U+000A⟩::add-mask::hemlighet⟨U+000A⟩[ERROR] plan-source")
assert log.contains('[ERROR] plan-source/uppdrag/a⟨U+000A⟩⟨U+003A⟩⟨U+003A⟩add-mask⟨U+003A⟩⟨U+003A⟩hemlighet⟨U+000D⟩')
return true
