package se.vp.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import se.vp.Validation;

/** {@code mvn vp:validate}: reads and checks plan-source, prints every finding, fails on errors. */
@Mojo(name = ValidateMojo.GOAL, threadSafe = true, requiresProject = true)
public class ValidateMojo extends VpMojo {

  static final String GOAL = "validate";

  @Override
  String goal() {
    return GOAL;
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    Validation validation;
    try {
      validation = Validation.withFormatCheck(planSource.toPath(), basedir.toPath(), namnd());
    } catch (RuntimeException e) {
      throw Report.internalError(e);
    }
    Report.findings(getLog(), validation, failOnWarning, "mvn vp:validate");
  }
}
