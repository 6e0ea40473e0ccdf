package se.vp.maven;

import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import se.vp.Outcome;
import se.vp.Vp;
import se.vp.renumber.RenumberRequest;

/**
 * {@code mvn vp:renumber -Dvp.från=4.3 -Dvp.till=4.4}: gives a fokusområde, and its underområden,
 * a new number in every file of plan-source that names it, all files or none.
 */
@Mojo(name = RenumberMojo.GOAL, threadSafe = true, requiresProject = true)
public class RenumberMojo extends VpMojo {

  static final String GOAL = "renumber";

  /** The fokusområde's number now, such as 4.3. */
  @Parameter(property = "vp.från")
  String fran;

  /** The same as vp.från, for a terminal that cannot pass an å to Java. */
  @Parameter(property = "vp.fran")
  String franUtanA;

  /** The number it is to have, such as 4.4; its underområden follow (4.3.1 becomes 4.4.1). */
  @Parameter(property = "vp.till")
  String till;

  /** Every -D the user gave, for the core to tell a misspelt vp.* option from one it knows. */
  @Parameter(defaultValue = "${session.userProperties}", readonly = true)
  Properties userProperties;

  @Override
  String goal() {
    return GOAL;
  }

  @Override
  Outcome run() {
    Set<String> given = userProperties == null ? Set.of() : userProperties.stringPropertyNames();
    return Vp.renumber(new Vp.Renumber(project(), new RenumberRequest(
        Optional.ofNullable(fran).filter(f -> !f.isBlank()).or(() -> Optional.ofNullable(franUtanA)),
        Optional.ofNullable(till)), given));
  }
}
