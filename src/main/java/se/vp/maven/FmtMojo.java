package se.vp.maven;

import java.io.IOException;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import se.vp.format.FormatReport;
import se.vp.format.FormattedFile;
import se.vp.format.PlanFormatter;

/**
 * {@code mvn vp:fmt}: rewrites the files of plan-source in vp's canonical form, so that a diff
 * shows only what changed in the plan. With {@code -Dvp.check=true} nothing is written and the
 * build fails if a file is not in that form, as spotless:check does in CI.
 */
@Mojo(name = FmtMojo.GOAL, threadSafe = true, requiresProject = true)
public class FmtMojo extends VpMojo {

  static final String GOAL = "fmt";

  /** Only checks: writes nothing, and fails if a file is not formatted. */
  @Parameter(property = "vp.check", defaultValue = "false")
  private boolean check;

  @Override
  String goal() {
    return GOAL;
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    FormatReport report;
    try {
      report = check
          ? PlanFormatter.check(planSource.toPath(), basedir.toPath())
          : PlanFormatter.apply(planSource.toPath(), basedir.toPath());
    } catch (IOException e) {
      throw new MojoExecutionException("vp kunde inte skriva i " + relative(planSource.toPath()) + ": " + e, e);
    } catch (RuntimeException e) {
      throw Report.internalError(e);
    }
    report.diagnostics().forEach(d -> getLog().error(d.format()));
    for (FormattedFile file : report.files()) {
      if (check) {
        getLog().error(file.display() + ":" + file.firstChangedLine() + ":1: fel: filen är inte formaterad som mvn vp:fmt"
            + " skriver den");
      } else {
        getLog().info("vp: formaterade " + file.display());
      }
    }
    // Files vp cannot read are left as they are; their findings are vp:validate's too.
    long unreadable = report.diagnostics().stream().map(d -> d.location().file()).distinct().count();
    String notFormatted = unreadable == 0 ? ""
        : Report.count(unreadable, "fil", "filer") + " kunde inte formateras; rätta " + (unreadable == 1 ? "den" : "dem")
            + " och kör mvn vp:fmt igen.";
    if (check && !report.files().isEmpty()) {
      throw new MojoFailureException(Report.count(report.files().size(), "fil är inte formaterad", "filer är inte formaterade")
          + ": " + report.files().stream().map(FormattedFile::display).collect(Collectors.joining(", ")) + ". "
          + (notFormatted.isEmpty() ? "" : notFormatted + " ") + "Kör mvn vp:fmt för att rätta.");
    }
    if (unreadable > 0) {
      throw new MojoFailureException(notFormatted);
    }
    String folder = relative(planSource.toPath());
    if (check) {
      getLog().info("vp: alla filer i " + folder + " är formaterade.");
    } else if (report.files().isEmpty()) {
      getLog().info("vp: alla filer i " + folder + " var redan formaterade.");
    } else {
      getLog().info("vp: " + Report.count(report.files().size(), "fil formaterad", "filer formaterade") + ".");
    }
  }
}
