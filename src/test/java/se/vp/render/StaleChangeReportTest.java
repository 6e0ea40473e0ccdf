package se.vp.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.TestPlan;
import se.vp.Validation;
import se.vp.diff.Comparison;
import se.vp.model.Plan;
import se.vp.view.PlanViews;

/**
 * Issue 13: a change report describes the plan at the moment vp:diff ran. A render of the plan as
 * it is now takes away the report vp wrote, so output/ never holds handlingar of one plan beside
 * the changes of another; files vp did not write stay.
 */
class StaleChangeReportTest {

  @TempDir Path root;
  @TempDir Path base;

  @Test
  void aRenderTakesAwayTheChangeReportVpWroteAndLeavesOtherFiles() throws Exception {
    RenderProject project = RenderProject.create(root);
    project.render();
    project.edit("plan-source/plan.yaml", "status: förslag", "status: beslutad");
    changeReport(project);
    Files.writeString(project.output.resolve("ändringar-anteckningar.txt"), "mina anteckningar");
    assertTrue(names(project.output).containsAll(List.of("ändringar.docx", "ändringar.md", "ändringar.pdf")));

    project.edit("plan-source/plan.yaml", "status: beslutad", "status: utkast");
    RenderResult render = project.render();

    List<String> left = names(project.output);
    assertTrue(left.stream().noneMatch(name -> name.matches("ändringar\\.(md|pdf|docx)")), left.toString());
    assertTrue(left.contains("ändringar-anteckningar.txt") && left.contains("bildspel.pdf"), left.toString());
    assertTrue(render.written().stream().noneMatch(p -> p.getFileName().toString().startsWith("ändringar.")));
  }

  @Test
  void aNewChangeReportTakesAwayTheFilesOfTheEarlierOneItDoesNotWriteAgain() throws Exception {
    RenderProject project = RenderProject.create(root);
    Files.createDirectories(project.output);
    changeReport(project);
    // As if an earlier vp:diff had written a format this one does not.
    Path manifest = project.output.resolve(".vp-ändringar");
    Files.writeString(project.output.resolve("ändringar.odt"), "förra");
    Files.writeString(manifest, Files.readString(manifest) + "fil.ändringar.odt=" + se.vp.render.Hashes.of("förra"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "\n");
    changeReport(project);
    assertEquals(List.of(), names(project.output).stream().filter(n -> n.equals("ändringar.odt")).toList());
  }

  /** The manifest is read back from output/: a name in it that leads out of the report's files is left alone. */
  @Test
  void actsOnNoNameOutsideTheReportsFiles() throws Exception {
    RenderProject project = RenderProject.create(root);
    project.render();
    Path outside = Files.writeString(root.resolve("utanför.txt"), "kvar");
    Files.writeString(project.output.resolve(".vp-ändringar"), "fil.../utanför.txt=" + se.vp.render.Hashes.of("kvar"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "\nfil.bildspel.pdf=x\n");
    project.edit("plan-source/plan.yaml", "status: förslag", "status: beslutad");
    project.render();
    assertEquals("kvar", Files.readString(outside));
    assertTrue(names(project.output).contains("bildspel.pdf"));
  }

  private void changeReport(RenderProject project) throws Exception {
    Plan current = Validation.of(project.planSource, project.root).plan().orElseThrow();
    Comparison comparison = Comparison.of("main (abc1234)", "",
        PlanViews.of(TestPlan.committed(Files.createTempDirectory(base, "b")).validate().plans().get(0).resolved()),
        PlanViews.of(Validation.of(project.planSource, project.root).plans().get(0).resolved()));
    Renderer.renderChanges(new RenderRequest(project.planSource, project.templates, project.output, project.root, false,
        Optional.empty()), comparison, current);
  }

  private static List<String> names(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
