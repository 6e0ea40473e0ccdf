package se.vp.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import se.vp.Outcome;
import se.vp.Vp;

/**
 * {@code mvn vp:fmt}: rewrites the files of plan-source in vp's canonical form, so that a diff
 * shows only what changed in the plan. With {@code -Dvp.check=true} nothing is written and the
 * build fails if a file is not in that form, as spotless:check does in CI. Listed in a pom's build
 * without a phase it runs in the validate phase; give it {@code <check>true</check>} there, so that
 * a build checks the files and never rewrites them.
 */
@Mojo(name = FmtMojo.GOAL, defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = true)
public class FmtMojo extends VpMojo {

  static final String GOAL = "fmt";

  /** Only checks: writes nothing, and fails if a file is not formatted. */
  @Parameter(property = "vp.check", defaultValue = "false")
  boolean check;

  @Override
  String goal() {
    return GOAL;
  }

  @Override
  Outcome run() {
    return Vp.format(new Vp.Format(project(), check));
  }
}
