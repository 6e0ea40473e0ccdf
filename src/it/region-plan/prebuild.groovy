import java.nio.file.Files
import java.nio.file.Path

// The committed plan as a region of two nämnder, rtn and a copy named tvn: what the council
// decides goes to fullmaktige/ once, the rest to namnder/<nämnd>/, and each målsättning's styrtal
// and uppdrag to the nämnd's own file in malsattningar/.
evaluate(new File(basedir, '../../../src/it/copy-committed-plan.groovy'))
Path single = basedir.toPath().resolve('plan-source')
Path region = basedir.toPath().resolve('region')
Path council = region.resolve('fullmaktige')
List<Path> files = Files.walk(single).filter { Files.isRegularFile(it) }.toList()
for (String namnd : ['rtn', 'tvn']) {
  for (Path file : files) {
    String relative = single.relativize(file).toString()
    Path target = region.resolve('namnder/' + namnd + '/' + relative)
    String text = Files.readString(file)
    if (relative.startsWith('malsattningar/')) {
      // Keys at the start of a line begin a block; the placement is the styrtal and uppdrag blocks.
      List<String> own = []
      List<String> councils = []
      List<String> current = councils
      text.readLines().each { line ->
        if (line ==~ /^[^\s#].*/) {
          current = (line.startsWith('styrtal:') || line.startsWith('uppdrag:')) ? own : councils
        }
        current << line
      }
      writeFile(council.resolve(relative), councils.join('\n') + '\n')
      if (!own.isEmpty()) {
        writeFile(target, own.join('\n') + '\n')
      }
    } else if (relative == 'gemensamt.yaml' || relative ==~ /uppdrag\/nr-.*/) {
      writeFile(council.resolve(relative), text)
    } else {
      writeFile(target, text)
    }
  }
}

void writeFile(Path path, String text) {
  Files.createDirectories(path.parent)
  Files.writeString(path, text)
}
return true
