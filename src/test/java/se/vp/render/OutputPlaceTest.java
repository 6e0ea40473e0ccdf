package se.vp.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.VpException;

/**
 * A pull request can commit links, also where git ignores paths: an output folder that is a link,
 * lies behind one, or holds a linked lock file must not make a render write outside the project.
 */
class OutputPlaceTest {

  @TempDir Path folder;
  @TempDir Path outside;
  RenderProject project;

  @BeforeEach
  void createProject() throws IOException {
    project = RenderProject.create(folder);
    Files.writeString(outside.resolve("bildspel.pdf"), "utanför");
    Files.createDirectories(outside.resolve("förhandsvisning"));
    Files.writeString(outside.resolve("förhandsvisning/behåll.txt"), "utanför");
  }

  private Diagnostic refusedInto(Path output) {
    VpException e = assertThrows(VpException.class, () -> Renders.render(request(output)));
    assertEquals(Code.VP309, e.diagnostic().code(), e.diagnostic().format());
    return e.diagnostic();
  }

  private RenderRequest request(Path output) {
    return new RenderRequest(project.planSource, project.templates, output, project.root, true, Optional.empty());
  }

  private void assertOutsideUntouched() throws IOException {
    try (Stream<Path> files = Files.walk(outside)) {
      assertEquals(List.of("", "bildspel.pdf", "förhandsvisning", "förhandsvisning/behåll.txt"),
          files.map(f -> outside.relativize(f).toString()).sorted().toList());
    }
    assertEquals("utanför", Files.readString(outside.resolve("bildspel.pdf")));
  }

  @Test
  void refusesAnOutputFolderThatIsALink() throws IOException {
    deleteOutput();
    Files.createSymbolicLink(project.output, outside);
    Diagnostic refusal = refusedInto(project.output);
    assertEquals("output: fel: output är en symbolisk länk, och vp skriver inte genom länkar – handlingarna skrivs"
        + " till en mapp i projektet, utanför plan-source/ och templates/, som output/ [VP309]", refusal.format());
    assertOutsideUntouched();
  }

  @Test
  void refusesAnOutputFolderBehindALinkedFolder() throws IOException {
    Files.createSymbolicLink(folder.resolve("bygg"), outside);
    refusedInto(folder.resolve("bygg/output"));
    assertOutsideUntouched();
    assertFalse(Files.exists(outside.resolve("output")));
  }

  @Test
  void refusesALockFileThatIsALink() throws IOException {
    Path target = outside.resolve("skapad-av-vp");
    Files.createSymbolicLink(project.output.resolve(".vp-lås"), target);
    assertTrue(refusedInto(project.output).message().contains("output/.vp-lås är ingen vanlig fil utan en symbolisk länk"));
    assertFalse(Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS));
    project.assertOutputUntouched();
  }

  @Test
  void opensNoLockFileThroughALinkEvenWhenTheCheckIsPassed() throws IOException {
    Path target = outside.resolve("skapad-av-vp");
    Files.createSymbolicLink(project.output.resolve(".vp-lås"), target);
    VpException e = assertThrows(VpException.class, () -> OutputFolder.open(project.output, "output"));
    assertEquals(Code.VP304, e.diagnostic().code());
    assertFalse(Files.exists(target));
  }

  @Test
  void refusesAnOutputFolderOutsideTheProject() throws IOException {
    assertTrue(refusedInto(outside).message().endsWith(" ligger utanför projektet"));
    assertTrue(refusedInto(folder.resolve("../" + outside.getFileName())).message().endsWith(" ligger utanför projektet"));
    assertOutsideUntouched();
  }

  @Test
  void refusesTheProjectItselfAndTheFoldersOfItsSources() throws IOException {
    assertEquals("handlingarna kan inte skrivas direkt i projektets mapp", refusedInto(folder).message());
    assertEquals("plan-source ligger i plan-source/", refusedInto(project.planSource).message());
    assertEquals("plan-source/styrtal ligger i plan-source/", refusedInto(project.planSource.resolve("styrtal")).message());
    assertEquals("templates/ut ligger i templates/", refusedInto(project.templates.resolve("ut")).message());
    assertFalse(Files.exists(project.templates.resolve("ut")));
  }

  @Test
  void refusesAFileForAFolder() throws IOException {
    Files.writeString(folder.resolve("fil"), "en fil");
    assertEquals("fil är ingen mapp", refusedInto(folder.resolve("fil/output")).message());
  }

  @Test
  void writesIntoANewFolderInsideTheProject() throws VpException {
    RenderResult result = Renders.render(new RenderRequest(project.planSource, project.templates,
        folder.resolve("bygg/../bygg/handlingar"), project.root, false, Optional.empty()));
    assertTrue(result.written().contains(folder.resolve("bygg/handlingar/bildspel.pdf")), result.written().toString());
  }

  @Test
  void replacesLinksInOutputWithoutTouchingWhatTheyPointAt() throws Exception {
    Files.createSymbolicLink(project.output.resolve("förhandsvisning"), outside.resolve("förhandsvisning"));
    Files.delete(project.output.resolve("bildspel.pdf"));
    Files.createSymbolicLink(project.output.resolve("bildspel.pdf"), outside.resolve("bildspel.pdf"));
    Files.createSymbolicLink(project.output.resolve(".vp-ny-1"), outside);

    Renders.render(request(project.output));

    assertOutsideUntouched();
    assertTrue(Files.isDirectory(project.output.resolve("förhandsvisning"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
    assertTrue(Files.isRegularFile(project.output.resolve("bildspel.pdf"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
    assertFalse(Files.exists(project.output.resolve(".vp-ny-1"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
  }

  @Test
  void refusesAnOutputFolderWithFilesCommittedToGit() throws Exception {
    try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(folder.toFile()).call()) {
      git.add().addFilepattern("output/bildspel.pdf").call();
    }
    assertEquals("output/ har filer som är incheckade i git, och handlingarna där ska vara vp:s egna – ta bort dem ur git"
        + " med git rm -r --cached output [VP309]", refusedInto(project.output).format().replaceFirst("^output: fel: ", ""));
    project.assertOutputUntouched();
  }

  @Test
  void rendersIntoAnOutputFolderGitIgnores() throws Exception {
    try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(folder.toFile()).call()) {
      Files.writeString(folder.resolve(".gitignore"), "/output/\n");
      git.add().addFilepattern(".").call();
    }
    assertTrue(Renders.render(request(project.output)).written().contains(project.output.resolve("bildspel.pdf")));
  }

  @Test
  void refusesTheChangeReportIntoALinkedOutputFolder() throws IOException {
    deleteOutput();
    Files.createSymbolicLink(project.output, outside);
    VpException e = assertThrows(VpException.class, () -> Renderer.renderChanges(request(project.output), null, null));
    assertEquals(Code.VP309, e.diagnostic().code());
    assertOutsideUntouched();
  }

  private void deleteOutput() throws IOException {
    try (Stream<Path> files = Files.walk(project.output)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
