package se.vp.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.vp.view.Kalla;

/**
 * Which commit plan-source comes from, read from repositories as git itself makes them: each case
 * read from git's own files and again with JGit alone, which must agree.
 */
class PlanSourceCommitTest {

  @TempDir Path repo;

  private String git(String... args) throws IOException, InterruptedException {
    return git(repo, args);
  }

  static String git(Path in, String... args) throws IOException, InterruptedException {
    String[] command = new String[args.length + 5];
    command[0] = "git";
    command[1] = "-c";
    command[2] = "user.name=Handläggare";
    command[3] = "-c";
    command[4] = "user.email=handlaggare@example.se";
    System.arraycopy(args, 0, command, 5, args.length);
    ProcessBuilder builder = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true);
    builder.environment().put("GIT_AUTHOR_DATE", "2026-12-01T09:00:00+01:00");
    // Just after midnight in Stockholm, still the day before in UTC: the committer's own day counts.
    builder.environment().put("GIT_COMMITTER_DATE", "2026-12-02T00:30:00+01:00");
    builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    builder.environment().put("HOME", in.toString());
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes());
    assertEquals(0, process.waitFor(), String.join(" ", args) + ": " + out);
    return out.strip();
  }

  private void write(String file, String text) throws IOException {
    Files.createDirectories(repo.resolve(file).getParent());
    Files.writeString(repo.resolve(file), text);
  }

  /** A repository with a small plan-source, committed. */
  private String committed() throws Exception {
    git("init", "-q", "-b", "main");
    write("pom.xml", "<project/>");
    write("plan-source/plan.yaml", "titel: VP 2026\n");
    write("plan-source/styrtal/sam.yaml", "text: SAM\n");
    write("plan-source/LÄSMIG.md", "om planen\n");
    git("add", ".");
    git("commit", "-qm", "VP 2026");
    return git("rev-parse", "HEAD");
  }

  private Kalla kalla(boolean loose) {
    return PlanSourceCommit.of(repo.resolve("plan-source"), loose).kalla();
  }

  @Test
  void printsTheCommitItsDateAndWhetherPlanSourceDiffers() {
    String id = "f3db9d453bbf1d5771ad00e556f776ebacad31c1";
    assertEquals("Uppgifterna kommer från plan-source i incheckning f3db9d453b, gjord den 2 december 2026.",
        Kalla.incheckning(id, LocalDate.of(2026, 12, 2), false).mening());
    assertEquals("Uppgifterna kommer från plan-source i incheckning f3db9d453b, gjord den 2 december 2026,"
        + " med ändringar som inte är incheckade.", Kalla.incheckning(id, LocalDate.of(2026, 12, 2), true).mening());
    assertEquals("plan-source ligger inte i git, så uppgifterna kan inte knytas till någon incheckning.",
        Kalla.inteIGit().mening());
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void namesTheCommitOfACleanWorkTree(boolean loose) throws Exception {
    String id = committed();
    Kalla kalla = kalla(loose);
    assertEquals(Optional.of(id.substring(0, 10)), kalla.commit());
    assertEquals(Optional.of("2 december 2026"), kalla.datum());
    assertFalse(kalla.andrad(), kalla.mening());
  }

  @Test
  void readsPackedObjectsAndTheirDeltasWithoutJgit() throws Exception {
    committed();
    StringBuilder plan = new StringBuilder("titel: VP 2026\n");
    for (int i = 0; i < 24; i++) {
      plan.append("rad").append(i).append(": ").append("text ".repeat(40)).append('\n');
      write("plan-source/plan.yaml", plan.toString());
      write("plan-source/styrtal/s" + i + ".yaml", "text: Styrtal " + i + "\n");
      git("add", ".");
      git("commit", "-qm", "steg " + i);
    }
    git("checkout", "-q", "HEAD~12");
    Kalla loose = PlanSourceCommit.withoutJgit(repo.resolve("plan-source")).orElseThrow().kalla();
    assertEquals(kalla(false), loose);
    git("gc", "-q", "--aggressive", "--prune=now");
    String pack = git("verify-pack", "-v", packIndex());
    assertTrue(pack.contains("chain length = 2"), pack);
    assertEquals(Optional.of(loose), PlanSourceCommit.withoutJgit(repo.resolve("plan-source")).map(v -> v.kalla()),
        "deltas against an offset");
    assertEveryVersionOfThePlanReadsAsGitReadsIt();
    git("-c", "repack.useDeltaBaseOffset=false", "repack", "-adfq");
    assertEquals(Optional.of(loose), PlanSourceCommit.withoutJgit(repo.resolve("plan-source")).map(v -> v.kalla()),
        "deltas against an id");
    assertEveryVersionOfThePlanReadsAsGitReadsIt();
  }

  /** plan.yaml grew by a line in each commit: git stores most of its versions as deltas. */
  private void assertEveryVersionOfThePlanReadsAsGitReadsIt() throws Exception {
    GitFiles files = GitFiles.of(GitIndex.around(repo).orElseThrow());
    for (String commit : git("rev-list", "--all").split("\n")) {
      String blob = git("rev-parse", commit + ":plan-source/plan.yaml");
      assertEquals(git("cat-file", "blob", blob), new String(files.object(blob, "blob")).strip(), commit);
    }
  }

  private String packIndex() throws IOException {
    try (var files = Files.list(repo.resolve(".git/objects/pack"))) {
      return files.filter(f -> f.toString().endsWith(".idx")).findFirst().orElseThrow().toString();
    }
  }

  /** A pull request's file far over the limit is not read to the end to learn it is unchanged; vp:validate refuses it. */
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void takesAFileOverTheSizeLimitWithANewTimeAsChangedWithoutReadingIt(boolean loose) throws Exception {
    committed();
    write("plan-source/stor.yaml", "a".repeat(se.vp.source.SourceLimits.MAX_FILE_BYTES + 1));
    git("add", ".");
    git("commit", "-qm", "stor fil");
    Path big = repo.resolve("plan-source/stor.yaml");
    Files.setLastModifiedTime(big, java.nio.file.attribute.FileTime.from(Files.getLastModifiedTime(big).toInstant()
        .plusSeconds(60)));
    assertTrue(kalla(loose).andrad());
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void seesAFileChangedAddedOrDeletedInTheWorkTree(boolean loose) throws Exception {
    committed();
    write("plan-source/plan.yaml", "titel: VP 2027\n");
    assertTrue(kalla(loose).andrad(), "changed");
    write("plan-source/plan.yaml", "titel: VP 2026\n");
    assertFalse(kalla(loose).andrad(), "changed back, read again since its time is new");
    write("plan-source/uppdrag/nr-1.yaml", "text: Nytt\n");
    assertTrue(kalla(loose).andrad(), "a YAML file git does not know");
    Files.delete(repo.resolve("plan-source/uppdrag/nr-1.yaml"));
    write("plan-source/anteckningar.txt", "vp läser inte den här\n");
    write("annat/fil.yaml", "utanför plan-source\n");
    assertFalse(kalla(loose).andrad(), "files vp does not read, and files outside plan-source");
    Files.delete(repo.resolve("plan-source/LÄSMIG.md"));
    assertTrue(kalla(loose).andrad(), "deleted");
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void seesAChangeStagedButNotCommitted(boolean loose) throws Exception {
    String first = committed();
    write("plan-source/styrtal/sam.yaml", "text: Sjukfrånvaro\n");
    git("add", "plan-source");
    Kalla staged = kalla(loose);
    assertEquals(Optional.of(first.substring(0, 10)), staged.commit());
    assertTrue(staged.andrad(), "the index is not HEAD");
    git("rm", "-q", "--cached", "plan-source/plan.yaml");
    git("commit", "-qm", "styrtal");
    assertTrue(kalla(loose).andrad(), "plan.yaml is in the work tree, not in git");
    git("add", "plan-source");
    git("commit", "-qm", "plan");
    Kalla after = kalla(loose);
    assertEquals(Optional.of(git("rev-parse", "HEAD").substring(0, 10)), after.commit());
    assertFalse(after.andrad(), after.mening());
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void readsPackedRefsADetachedHeadAndALinkedWorktree(boolean loose) throws Exception {
    String id = committed();
    git("pack-refs", "--all");
    assertEquals(Optional.of(id.substring(0, 10)), kalla(loose).commit(), "packed-refs");
    git("checkout", "-q", "--detach");
    assertEquals(Optional.of(id.substring(0, 10)), kalla(loose).commit(), "detached");
    git("checkout", "-q", "main");
    git("worktree", "add", "-q", "-b", "gren", "annan");
    Path other = repo.resolve("annan");
    Files.writeString(other.resolve("plan-source/plan.yaml"), "titel: VP 2027\n");
    git(other, "commit", "-qam", "2027");
    Kalla there = PlanSourceCommit.of(other.resolve("plan-source"), loose).kalla();
    assertEquals(Optional.of(git(other, "rev-parse", "HEAD").substring(0, 10)), there.commit());
    assertFalse(there.andrad(), there.mening());
    assertEquals(Optional.of(id.substring(0, 10)), kalla(loose).commit(), "the main work tree keeps its own HEAD");
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aPlanSourceGitDoesNotTrackIsNotInGit(boolean loose) throws Exception {
    assertEquals(Kalla.inteIGit(), kalla(loose), "no repository");
    git("init", "-q");
    write("plan-source/plan.yaml", "titel: VP 2026\n");
    assertEquals(Kalla.inteIGit(), kalla(loose), "no commit yet");
    write("a", "a");
    git("add", "a");
    git("commit", "-qm", "a");
    assertEquals(Kalla.inteIGit(), kalla(loose), "a copy of the plan in a repository, as the invoker scenarios make");
  }

  @Test
  void aBrokenRepositoryIsSaidToBeUnreadable() throws Exception {
    String id = committed();
    Path object = repo.resolve(".git/objects/" + id.substring(0, 2) + "/" + id.substring(2));
    byte[] bytes = Files.readAllBytes(object);
    object.toFile().setWritable(true);
    bytes[bytes.length / 2] ^= 0x55;
    Files.write(object, bytes);
    assertEquals(Kalla.olasbar(), kalla(true), "a damaged commit");
    Files.writeString(repo.resolve(".git/HEAD"), "ref: ../../../../etc/passwd\n");
    assertEquals(Kalla.olasbar(), kalla(true), "HEAD outside refs/");
    Files.writeString(repo.resolve(".git/HEAD"), "x".repeat(100_000));
    assertEquals(Kalla.olasbar(), kalla(true), "a HEAD larger than git writes");
    Files.delete(repo.resolve(".git/HEAD"));
    write("anywhere", "0123456789012345678901234567890123456789\n");
    Files.createSymbolicLink(repo.resolve(".git/HEAD"), repo.resolve("anywhere"));
    assertEquals(Kalla.olasbar(), kalla(true), "a link");
  }

  @Test
  void aDamagedPackIsSaidToBeUnreadable() throws Exception {
    committed();
    git("gc", "-q", "--prune=now");
    Path index = Path.of(packIndex());
    Path pack = index.resolveSibling(index.getFileName().toString().replace(".idx", ".pack"));
    byte[] bytes = Files.readAllBytes(pack);
    pack.toFile().setWritable(true);
    Files.write(pack, java.util.Arrays.copyOf(bytes, 40));
    assertEquals(Kalla.olasbar(), kalla(true), "a pack cut short");
    byte[] garbage = new byte[bytes.length];
    java.util.Arrays.fill(garbage, (byte) 0xff);
    System.arraycopy(bytes, 0, garbage, 0, 12);
    Files.write(pack, garbage);
    assertEquals(Kalla.olasbar(), kalla(true), "objects of no type, sizes beyond any limit");
    index.toFile().setWritable(true);
    Files.write(index, new byte[2000]);
    assertEquals(Kalla.olasbar(), kalla(true), "an index that is none");
  }

  @Test
  void aGitFileNamingNothingIsSaidToBeUnreadable() throws Exception {
    write(".git", "gitdir: finns-inte\n");
    write("plan-source/plan.yaml", "titel: VP 2026\n");
    assertEquals(Kalla.olasbar(), kalla(true));
  }
}
