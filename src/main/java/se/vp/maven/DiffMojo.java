package se.vp.maven;

import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import se.vp.Outcome;
import se.vp.Vp;

/**
 * {@code mvn vp:diff}: what the plan in the working tree changes against a git revision, as
 * Markdown for a pull request and as a change report in PDF and DOCX.
 */
@Mojo(name = DiffMojo.GOAL, threadSafe = true, requiresProject = true)
public class DiffMojo extends VpMojo {

  static final String GOAL = "diff";

  /** A branch, tag or commit; by default the merge base of HEAD and main (or master). */
  @Parameter(property = "vp.base")
  String base;

  /** Fails the build when the plan has changed, as git diff --exit-code does. */
  @Parameter(property = "vp.exitCode", defaultValue = "false")
  boolean exitCode;

  /** Signs every change of the Word report with this name, in place of the authors of the commits. */
  @Parameter(property = "vp.author")
  String author;

  /**
   * Writes the förslag that decided items changed or removed lack (VP242) into plan-source, as
   * vp:fmt writes a file, before comparing: {@code förslag: {typ: ändra}} on a changed item, and a
   * removed item's file put back from the base with {@code förslag: {typ: ta-bort}}.
   */
  @Parameter(property = "vp.skrivForslag", defaultValue = "false")
  boolean skrivForslag;

  @Override
  String goal() {
    return GOAL;
  }

  @Override
  Outcome run() throws MojoFailureException {
    return Vp.diff(new Vp.Diff(project(), templates(), output(), Optional.ofNullable(base).filter(b -> !b.isBlank()),
        exitCode, sourceDate(), Optional.ofNullable(author), skrivForslag));
  }
}
