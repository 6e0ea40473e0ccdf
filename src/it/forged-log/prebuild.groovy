import java.nio.file.Files
import java.nio.file.Path

// Written here, not committed: a file name with line breaks is no file to keep in git. The key
// stays within the 100 characters of a key (VP023) and holds line feeds only: a carriage return
// written as an escape is refused by the reader (VP026) before any message quotes the key.
String forged = '\n::add-mask::hemlighet\r::warning file=plan-source/plan.yaml,line=1::förfalskad\u2028' +
    '[ERROR] plan-source/plan.yaml:1:1: fel: förfalskat fynd [VP001]\u0085::stop-commands::x\u202e'
Path plan = basedir.toPath().resolve('plan-source')
Files.createDirectories(plan.resolve('uppdrag'))
Files.writeString(plan.resolve('plan.yaml'), '''organisation: Region Test
nämnd:
  namn: Testnämnd
  bestämd-form: Testnämnden
år: 2026
titel: Verksamhetsplan med budget
status: utkast
"x##[add-mask]h\\n::add-mask::hemlighet\\n[ERROR] plan-source/plan.yaml:1:1: fel: f [VP001]": 1
''')
Files.writeString(plan.resolve('tidplan.yaml'), '''händelser:
  - datum: 2025-11-18
    typ: nämndbeslut
    rubrik: VP och budget beslutas på nämnd
''')
// The name holds a '/' as well: the last part is a file in folders named by the rest.
Path file = plan.resolve('uppdrag/a' + forged + '.yaml')
Files.createDirectories(file.parent)
Files.writeString(file, 'text:   ej formaterad\n')
return true
