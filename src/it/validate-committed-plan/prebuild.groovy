import java.nio.file.Files
import java.nio.file.Path

// The scenario runs on a copy of the repository's own plan-source.
Path source = basedir.toPath().resolve('../../../plan-source').normalize()
Path target = basedir.toPath().resolve('plan-source')
Files.walk(source).each { Path file ->
  Path copy = target.resolve(source.relativize(file).toString())
  if (Files.isDirectory(file)) {
    Files.createDirectories(copy)
  } else {
    Files.copy(file, copy)
  }
}
return true
