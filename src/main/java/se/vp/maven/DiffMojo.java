package se.vp.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.VpException;
import se.vp.diff.MarkdownReport;
import se.vp.diff.PlanHistory;
import se.vp.render.RenderRequest;
import se.vp.render.Renderer;

/**
 * {@code mvn vp:diff}: what the plan in the working tree changes against a git revision, as
 * Markdown for a pull request and as a change report in PDF and DOCX.
 */
@Mojo(name = DiffMojo.GOAL, threadSafe = true, requiresProject = true)
public class DiffMojo extends WritingMojo {

  static final String GOAL = "diff";

  /** A branch, tag or commit; by default the merge base of HEAD and main (or master). */
  @Parameter(property = "vp.base")
  private String base;

  /** Fails the build when the plan has changed, as git diff --exit-code does. */
  @Parameter(property = "vp.exitCode", defaultValue = "false")
  private boolean exitCode;

  @Override
  String goal() {
    return GOAL;
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    Quiet.libraries();
    Diagnostics problems = new Diagnostics();
    PlanHistory.Result result;
    List<Path> written;
    try {
      result = PlanHistory.compare(planSource.toPath(), basedir.toPath(),
          Optional.ofNullable(base).filter(b -> !b.isBlank()), namnd(), problems);
      Report.findings(getLog(), result.current(), failOnWarning, "mvn vp:diff");
      problems.sorted().forEach(d -> getLog().error(d.format()));
      if (result.comparison().isEmpty()) {
        throw new MojoFailureException("Ingen jämförelse gjordes; " + relative(output.toPath()) + "/ är oförändrad.");
      }
      written = Renderer.renderChanges(new RenderRequest(planSource.toPath(), templates.toPath(), output.toPath(),
          basedir.toPath(), false, Optional.empty()), result.comparison().get(),
          result.current().plan().orElseThrow());
    } catch (VpException e) {
      getLog().error(e.diagnostic().format());
      showCause(e);
      throw new MojoFailureException("Ingen ändringsrapport skrevs; " + relative(output.toPath()) + "/ är oförändrad.");
    } catch (RuntimeException e) {
      throw Report.internalError(e);
    }
    var comparison = result.comparison().get();
    Path markdown = written.stream().filter(p -> p.getFileName().toString().endsWith(".md")).findFirst().orElseThrow();
    try {
      Files.readAllLines(markdown).stream().filter(line -> !line.equals(MarkdownReport.MARKER)).forEach(getLog()::info);
    } catch (IOException e) {
      throw new MojoExecutionException(relative(markdown) + " kan inte läsas", e);
    }
    written.forEach(file -> getLog().info("vp: " + relative(file)));
    if (exitCode && !comparison.changes().isEmpty()) {
      throw new MojoFailureException("Planen har " + comparison.changes().size() + " ändringar mot " + comparison.base() + ".");
    }
  }
}
