package se.vp.maven;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What every vp goal shares: where the plan is, how strict to be, and vp.skip. */
abstract class VpMojo extends AbstractMojo {

  @Parameter(property = "vp.planSource", defaultValue = "${project.basedir}/plan-source")
  protected File planSource;

  @Parameter(defaultValue = "${project.basedir}", readonly = true)
  protected File basedir;

  @Parameter(property = "vp.failOnWarning", defaultValue = "false")
  protected boolean failOnWarning;

  @Parameter(property = "vp.skip", defaultValue = "false")
  protected boolean skip;

  /** In a region: the one nämnd (its folder name under namnder/) to check or render. */
  @Parameter(property = "vp.namnd")
  protected String namnd;

  /** Shows the internals behind a finding (the library's exception); so does mvn -X. */
  @Parameter(property = "vp.debug", defaultValue = "false")
  protected boolean debug;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("vp:" + goal() + " hoppas över (vp.skip)");
      return;
    }
    run();
  }

  abstract String goal();

  java.util.Optional<String> namnd() {
    return java.util.Optional.ofNullable(namnd).map(String::strip).filter(n -> !n.isEmpty());
  }

  abstract void run() throws MojoExecutionException, MojoFailureException;

  /** The exception behind a finding, for whoever asked for internals; never shown otherwise. */
  void showCause(Exception e) {
    if (e.getCause() == null) {
      return;
    }
    if (debug) {
      getLog().error("Orsak (vp.debug):", e.getCause());
    } else if (getLog().isDebugEnabled()) {
      getLog().debug("Orsak:", e.getCause());
    }
  }

  /** A path as the user sees it: relative to the project. */
  String relative(Path path) {
    Path base = basedir.toPath().toAbsolutePath().normalize();
    Path absolute = path.toAbsolutePath().normalize();
    return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
  }
}
