import java.nio.file.Files
import java.nio.file.Path

// Shared by the scenarios on the committed plan: copies the repository's plan-source and templates
// into the scenario's folder (basedir is target/it/<scenario>).
for (String folder : ['plan-source', 'templates']) {
  Path source = basedir.toPath().resolve('../../../' + folder).normalize()
  Path target = basedir.toPath().resolve(folder)
  Files.walk(source).each { Path file ->
    Path copy = target.resolve(source.relativize(file).toString())
    if (Files.isDirectory(file)) {
      Files.createDirectories(copy)
    } else {
      Files.copy(file, copy)
    }
  }
}
