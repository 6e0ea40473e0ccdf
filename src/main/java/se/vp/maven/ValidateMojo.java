package se.vp.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import se.vp.Outcome;
import se.vp.Vp;

/**
 * {@code mvn vp:validate}: reads and checks plan-source, prints every finding, fails on errors.
 * Listed in a pom's build without a phase, it runs in the validate phase, first of all.
 */
@Mojo(name = ValidateMojo.GOAL, defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = true)
public class ValidateMojo extends VpMojo {

  static final String GOAL = "validate";

  @Override
  String goal() {
    return GOAL;
  }

  @Override
  Outcome run() {
    return Vp.validate(project());
  }
}
