package se.vp.maven;

import java.util.Optional;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import se.vp.Outcome;
import se.vp.Vp;

/**
 * {@code mvn vp:validate}: reads and checks plan-source, prints every finding, fails on errors.
 * Listed in a pom's build without a phase, it runs in the validate phase, first of all.
 */
@Mojo(name = ValidateMojo.GOAL, defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = true)
public class ValidateMojo extends VpMojo {

  static final String GOAL = "validate";

  /**
   * A branch, tag or commit to check the plan's decided items against, as vp:diff does (VP242): an
   * item FM or DN decided, changed or removed without a förslag. Without it, nothing is compared.
   */
  @Parameter(property = "vp.base")
  String base;

  @Override
  String goal() {
    return GOAL;
  }

  @Override
  Outcome run() {
    return Vp.validate(project(), Optional.ofNullable(base).filter(b -> !b.isBlank()));
  }
}
