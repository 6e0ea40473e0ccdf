import java.nio.file.Files
import java.nio.file.Path

// The committed plan on main in a fresh repository, then an editor's proposal in the working tree.
evaluate(new File(basedir, '../../../src/it/copy-committed-plan.groovy'))
def git = { List<String> args ->
  Process process = (['git', '-c', 'user.name=Handläggare', '-c', 'user.email=h@example.se', '-c', 'commit.gpgsign=false'] + args)
      .execute(null, basedir)
  process.waitFor()
  assert process.exitValue() == 0 : process.errorStream.text
}
git(['init', '-q', '-b', 'main'])
git(['add', '.'])
git(['commit', '-q', '-m', 'VP 2026 som fullmäktige lämnade den'])
Path uppdrag = basedir.toPath().resolve('plan-source/uppdrag/nr-31-kompetensforsorjningsstrukturer.yaml')
Files.writeString(uppdrag, Files.readString(uppdrag).replace('främja ett väl', 'främja väl'))
return true
