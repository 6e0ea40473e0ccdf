package se.vp.maven;

import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import se.vp.Outcome;
import se.vp.Vp;
import se.vp.scaffold.ScaffoldRequest;

/**
 * {@code mvn vp:new -Dvp.kind=uppdrag|styrtal|fokusområde|målsättning}: creates one new file in
 * plan-source with a free id and number and placeholders to fill in, and says what to do next.
 */
@Mojo(name = NewMojo.GOAL, threadSafe = true, requiresProject = true)
public class NewMojo extends VpMojo {

  static final String GOAL = "new";

  /** uppdrag, styrtal, fokusområde or målsättning (without diacritics too). */
  @Parameter(property = "vp.kind")
  String kind;

  /** The new file's id (its name without .yaml); by default a placeholder that is free. */
  @Parameter(property = "vp.id")
  String id;

  /** For an uppdrag: nämnden (the default), förvaltningen or regionstyrelsen-och-nämnderna. */
  @Parameter(property = "vp.mottagare")
  String mottagare;

  /** For a fokusområde: the number of its målsättning. */
  @Parameter(property = "vp.malsattning")
  String malsattning;

  /** For a fokusområde: its number (4.1.3), when not the next free one under the målsättning. */
  @Parameter(property = "vp.nummer")
  String nummer;

  /** For a council uppdrag or a målsättning: its number, when not the next free one. */
  @Parameter(property = "vp.nr")
  String nr;

  /** Every -D the user gave, for the core to tell a misspelt vp.* option from one it knows. */
  @Parameter(defaultValue = "${session.userProperties}", readonly = true)
  Properties userProperties;

  @Override
  String goal() {
    return GOAL;
  }

  @Override
  Outcome run() throws MojoFailureException {
    Set<String> given = userProperties == null ? Set.of() : userProperties.stringPropertyNames();
    return Vp.create(new Vp.Create(project(), new ScaffoldRequest(kind == null ? "" : kind, Optional.ofNullable(id),
        Optional.ofNullable(mottagare), Optional.ofNullable(malsattning), Optional.ofNullable(nummer),
        Optional.ofNullable(nr), given)));
  }
}
