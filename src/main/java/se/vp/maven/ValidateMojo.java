package se.vp.maven;

import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import se.vp.Validation;

/** {@code mvn vp:validate}: reads and checks plan-source, prints every finding, fails on errors. */
@Mojo(name = ValidateMojo.GOAL, threadSafe = true, requiresProject = true)
public class ValidateMojo extends AbstractMojo {

  static final String GOAL = "validate";

  @Parameter(property = "vp.planSource", defaultValue = "${project.basedir}/plan-source")
  private File planSource;

  @Parameter(defaultValue = "${project.basedir}", readonly = true)
  private File basedir;

  @Parameter(property = "vp.failOnWarning", defaultValue = "false")
  private boolean failOnWarning;

  @Parameter(property = "vp.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("vp:validate hoppas över (vp.skip)");
      return;
    }
    Validation validation;
    try {
      validation = Validation.of(planSource.toPath(), basedir.toPath());
    } catch (RuntimeException e) {
      throw Report.internalError(e);
    }
    Report.findings(getLog(), validation, failOnWarning, "mvn vp:validate");
  }
}
