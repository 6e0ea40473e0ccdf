import java.nio.file.Files
import java.nio.file.Path

// The scenario renders a copy of the repository's own plan-source with its own templates.
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
return true
