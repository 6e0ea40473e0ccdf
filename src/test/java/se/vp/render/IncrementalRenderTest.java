package se.vp.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.TestPlan;
import se.vp.synthetic.SyntheticPlans;

/** A render does again only what content hashes show has changed since the last one. */
class IncrementalRenderTest {

  private static final FileTime LONG_AGO = FileTime.fromMillis(0);

  @TempDir
  Path root;

  @Test
  void nothingChangedRendersNothingAndGivesTheSameFindings() throws Exception {
    RenderProject project = RenderProject.create(root);
    RenderResult first = project.render();
    assertFalse(first.upToDate());
    Map<String, byte[]> written = contents(project.output);
    touchAll(project.output);

    RenderResult second = project.render();
    assertTrue(second.upToDate());
    assertEquals(List.of(), second.written());
    assertEquals(first.findings(), second.findings());
    assertEquals(TestPlan.COMMITTED_WARNINGS, Renders.warnings(second));
    assertSameContents(written, contents(project.output));
    assertUntouched(project.output);
  }

  /** A format turned off takes its earlier files away, so a stale web edition is not published by mistake. */
  @Test
  void aFormatTurnedOffTakesItsEarlierFilesOutOfOutput() throws Exception {
    RenderProject project = RenderProject.create(root);
    project.render();
    assertTrue(Files.isRegularFile(project.output.resolve("bildspel.pptx")));
    assertTrue(Files.isRegularFile(project.output.resolve("webb/index.html")));

    RenderResult without = Renders.render(new RenderRequest(project.planSource, project.templates, project.output,
        root, false, Optional.empty(), Optional.empty(), false, false, true, false));
    assertFalse(without.upToDate());
    assertFalse(Files.exists(project.output.resolve("bildspel.pptx")));
    assertFalse(Files.exists(project.output.resolve("webb")));
    assertTrue(Files.isRegularFile(project.output.resolve("bildspel.pdf")));
    assertTrue(Files.isRegularFile(project.output.resolve("beslutsunderlag.docx")));
  }

  /** What someone changed in output/ by hand is theirs: a format turned off leaves it where it is. */
  @Test
  void aFormatTurnedOffLeavesAFileChangedByHand() throws Exception {
    RenderProject project = RenderProject.create(root);
    project.render();
    Files.writeString(project.output.resolve("bildspel.pptx"), "justerad för hand inför mötet");

    Renders.render(new RenderRequest(project.planSource, project.templates, project.output, root, false,
        Optional.empty(), Optional.empty(), false, false, true, true));
    assertEquals("justerad för hand inför mötet", Files.readString(project.output.resolve("bildspel.pptx")));
  }

  @Test
  void aFileChangedOrRemovedInOutputIsRenderedAgain() throws Exception {
    RenderProject project = RenderProject.create(root);
    project.render();
    Map<String, byte[]> written = contents(project.output);
    Files.writeString(project.output.resolve("bildspel.pdf"), "ändrad för hand");
    Files.delete(project.output.resolve("beslutsunderlag.docx"));

    RenderResult again = project.render();
    assertFalse(again.upToDate());
    assertSameContents(written, contents(project.output));
  }

  @Test
  void aChangedTemplateOrPlanFileRendersAgain() throws Exception {
    RenderProject project = RenderProject.create(root);
    project.render();
    Files.writeString(project.templates.resolve("tema.css"), "\n/* ändrad */\n", java.nio.file.StandardOpenOption.APPEND);
    assertFalse(project.render().upToDate());
    assertTrue(project.render().upToDate());
    project.edit("plan-source/plan.yaml", "status: förslag", "status: utkast");
    RenderResult edited = project.render();
    assertFalse(edited.upToDate());
    // Six handlingar and the folder of the web edition.
    assertEquals(7, edited.written().size());
  }

  @Test
  void readsOfAFileThatIsNoPlanFileItsNameOnly() throws Exception {
    RenderProject project = RenderProject.create(root);
    Path picture = project.planSource.resolve("bilaga.png");
    // Far larger than a plan file may be: hashed by its name, never read.
    sparse(picture, 64L << 20);
    assertFalse(project.render().upToDate());
    assertTrue(project.render().upToDate());
    Files.move(picture, project.planSource.resolve("bilaga-2.png"));
    assertFalse(project.render().upToDate(), "a file renamed may make a nämnd or take one away");
  }

  @Test
  void hashesNoPlanFileBeyondTheLimitButLetsTheCheckSaySo() throws Exception {
    RenderProject project = RenderProject.create(root);
    // Three GiB, more than one array holds: read whole, it would take the render down.
    sparse(project.planSource.resolve("styrtal/stor.yaml"), 3L << 30);
    RenderResult result = project.render();
    assertEquals(List.of(se.vp.diagnostic.Code.VP005),
        result.findings().stream().filter(d -> d.severity() == se.vp.diagnostic.Severity.FEL).map(d -> d.code()).toList());
  }

  @Test
  void aPlanWithErrorsLeavesOutputAndItsHashesAsTheyWere() throws Exception {
    RenderProject project = RenderProject.create(root);
    project.render();
    Map<String, byte[]> written = contents(project.output);
    project.edit("plan-source/plan.yaml", "år: 2026", "år: tjugo");
    RenderResult broken = project.render();
    assertTrue(Renders.errors(broken) > 0);
    assertSameContents(written, contents(project.output));
    project.edit("plan-source/plan.yaml", "år: tjugo", "år: 2026");
    assertTrue(project.render().upToDate(), "back as it was: nothing to do");
  }

  @Test
  void aManifestVpDidNotWriteMeansEverythingIsRenderedAgain() throws Exception {
    RenderProject project = RenderProject.create(root);
    project.render();
    Files.writeString(project.output.resolve(RenderManifest.NAME), "körning=\\u00\nfynd.x=FEL\n");
    RenderResult again = project.render();
    assertFalse(again.upToDate());
    assertEquals(TestPlan.COMMITTED_WARNINGS, Renders.warnings(again));
    assertTrue(project.render().upToDate());
  }

  @Test
  void inARegionOnlyTheNamndWhoseFilesChangedIsRenderedAgain() throws Exception {
    RenderProject project = RenderProject.create(root);
    Path region = root.resolve("region");
    SyntheticPlans.writeRegion(region, 2, 3);
    RenderRequest request = new RenderRequest(region, project.templates, project.output, root, false, Optional.empty());
    RenderResult first = Renders.render(request);
    assertEquals(List.of(project.output.resolve("namnd-001"), project.output.resolve("namnd-002")), first.written());
    touchAll(project.output.resolve("namnd-001"));

    Path plan = region.resolve("namnder/namnd-002/plan.yaml");
    Files.writeString(plan, Files.readString(plan) + "# En kommentar ändrar filen men inte planen.\n");
    RenderResult second = Renders.render(request);
    assertEquals(List.of(project.output.resolve("namnd-002")), second.written());
    assertUntouched(project.output.resolve("namnd-001"));

    RenderRequest one = new RenderRequest(region, project.templates, project.output, root, false, Optional.empty(),
        Optional.of("namnd-001"));
    assertEquals(List.of(), Renders.render(one).written(), "the one nämnd asked for is up to date");
  }

  @Test
  void aNamndRemovedFromTheRegionIsRemovedFromOutput() throws Exception {
    RenderProject project = RenderProject.create(root);
    Path region = root.resolve("region");
    SyntheticPlans.writeRegion(region, 2, 3);
    RenderRequest request = new RenderRequest(region, project.templates, project.output, root, false, Optional.empty());
    Renders.render(request);
    Files.writeString(project.output.resolve("namnd-002/egen-fil.txt"), "inte vp:s");
    touchAll(project.output.resolve("namnd-001"));

    try (Stream<Path> files = Files.walk(region.resolve("namnder/namnd-002"))) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
    RenderResult again = Renders.render(request);
    assertEquals(List.of(), again.written());
    assertFalse(Files.exists(project.output.resolve("namnd-002")), "the folder of a nämnd that is gone");
    assertUntouched(project.output.resolve("namnd-001"));
    assertTrue(Renders.render(request).upToDate());
  }

  @Test
  void aPlanThatBecomesARegionLeavesNoHandlingarOfTheSingleLayoutBehind() throws Exception {
    RenderProject project = RenderProject.create(root);
    project.render();
    Path region = root.resolve("region");
    SyntheticPlans.writeRegion(region, 1, 3);
    Renders.render(new RenderRequest(region, project.templates, project.output, root, false, Optional.empty()));
    try (Stream<Path> files = Files.list(project.output)) {
      assertEquals(List.of("namnd-001"), files.map(f -> f.getFileName().toString())
          .filter(name -> !name.startsWith(".vp-")).sorted().toList());
    }
  }

  private static Map<String, byte[]> contents(Path folder) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String name = folder.relativize(file).toString();
        if (!name.startsWith(".vp-")) {
          files.put(name, Files.readAllBytes(file));
        }
      }
    }
    return files;
  }

  /** A file of the given size that takes no room on disk. */
  private static void sparse(Path file, long size) throws IOException {
    try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE)) {
      channel.write(java.nio.ByteBuffer.wrap(new byte[] {'\n'}), size - 1);
    }
  }

  private static void assertSameContents(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
  }

  private static void touchAll(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(file, LONG_AGO);
      }
    }
  }

  /** Not rewritten: still carrying the time touchAll gave them. */
  private static void assertUntouched(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        if (!file.getFileName().toString().startsWith(".vp-")) {
          assertEquals(LONG_AGO, Files.getLastModifiedTime(file), file.toString());
        }
      }
    }
  }
}
