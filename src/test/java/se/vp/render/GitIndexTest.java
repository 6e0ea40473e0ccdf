package se.vp.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** git's own index files, as git writes them, read for whether a folder holds a tracked file. */
class GitIndexTest {

  @TempDir Path repo;

  private void git(String... args) throws IOException, InterruptedException {
    String[] command = new String[args.length + 1];
    command[0] = "git";
    System.arraycopy(args, 0, command, 1, args.length);
    Process process = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes());
    assertEquals(0, process.waitFor(), out);
  }

  private void write(String file) throws IOException {
    Files.createDirectories(repo.resolve(file).getParent());
    Files.writeString(repo.resolve(file), file);
  }

  private Optional<Boolean> lists(String folder) {
    return GitIndex.listsAnythingIn(GitIndex.around(repo.resolve("plan-source")).orElseThrow().index(), folder);
  }

  @Test
  void findsAFileInTheFolderAmongOthersWithPathsOfEveryLength() throws Exception {
    git("init", "-q");
    for (String file : new String[] {"a", "outpu/x", "output-gammal/x.pdf", "plan-source/uppdrag/nr-27-ett-langt-namn.yaml",
        "output/undermapp/bildspel.pdf", "templates/bildspel.ftlx"}) {
      write(file);
    }
    git("add", "a", "outpu/x", "output-gammal/x.pdf", "plan-source", "templates");
    assertEquals(Optional.of(false), lists("output"));
    git("add", "-f", "output/undermapp/bildspel.pdf");
    assertEquals(Optional.of(true), lists("output"));
    assertEquals(Optional.of(true), lists("output/undermapp"));
    assertEquals(Optional.of(false), lists("templates/output"));
  }

  @Test
  void readsVersionThreeAndLeavesVersionFourToJgit() throws Exception {
    git("init", "-q");
    write("a");
    write("output/b.pdf");
    git("add", "a");
    git("add", "-N", "output/b.pdf"); // intent to add: an extended flag, so git writes version 3
    assertEquals(3, Files.readAllBytes(repo.resolve(".git/index"))[7]);
    assertEquals(Optional.of(true), lists("output"));
    git("update-index", "--index-version", "4");
    assertEquals(Optional.empty(), lists("output"));
  }

  @Test
  void findsTheIndexOfALinkedWorktreeAndNoneOutsideARepository() throws Exception {
    assertEquals(Optional.empty(), GitIndex.around(repo).filter(tree -> tree.root().startsWith(repo)));
    git("init", "-q");
    write("a");
    git("add", "a");
    git("-c", "user.name=vp", "-c", "user.email=vp@example.org", "commit", "-qm", "a");
    git("worktree", "add", "-q", "annan");
    GitIndex.WorkTree tree = GitIndex.around(repo.resolve("annan/plan-source")).orElseThrow();
    assertEquals(repo.resolve("annan"), tree.root());
    assertEquals(Optional.of(false), GitIndex.listsAnythingIn(tree.index(), "output"));
  }
}
