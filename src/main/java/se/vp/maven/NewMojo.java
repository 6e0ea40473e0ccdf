package se.vp.maven;

import java.io.IOException;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import se.vp.scaffold.ScaffoldException;
import se.vp.scaffold.ScaffoldRequest;
import se.vp.scaffold.Scaffolded;
import se.vp.scaffold.Scaffolder;

/**
 * {@code mvn vp:new -Dvp.kind=uppdrag|styrtal|fokusområde}: creates one new file in plan-source
 * with a free id and number and placeholders to fill in, and says what to do next.
 */
@Mojo(name = NewMojo.GOAL, threadSafe = true, requiresProject = true)
public class NewMojo extends VpMojo {

  static final String GOAL = "new";

  /** uppdrag, styrtal or fokusområde (fokusomrade). */
  @Parameter(property = "vp.kind")
  private String kind;

  /** The new file's id (its name without .yaml); by default a placeholder that is free. */
  @Parameter(property = "vp.id")
  private String id;

  /** For an uppdrag: nämnden (the default), förvaltningen or regionstyrelsen-och-nämnderna. */
  @Parameter(property = "vp.mottagare")
  private String mottagare;

  /** For a fokusområde: the number of its målsättning. */
  @Parameter(property = "vp.malsattning")
  private String malsattning;

  /** For a fokusområde: its number (4.1.3), when not the next free one under the målsättning. */
  @Parameter(property = "vp.nummer")
  private String nummer;

  @Override
  String goal() {
    return GOAL;
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    if (kind == null || kind.isBlank()) {
      throw new MojoFailureException("Ange vad som ska skapas: -Dvp.kind=uppdrag, styrtal eller fokusområde.");
    }
    Scaffolded created;
    try {
      created = Scaffolder.create(planSource.toPath(), basedir.toPath(), new ScaffoldRequest(kind,
          Optional.ofNullable(id), Optional.ofNullable(mottagare), Optional.ofNullable(malsattning),
          Optional.ofNullable(nummer)));
    } catch (ScaffoldException e) {
      throw new MojoFailureException("Ingen fil skapades: " + e.getMessage() + ".");
    } catch (IOException e) {
      throw new MojoExecutionException("vp kunde inte skriva i " + relative(planSource.toPath()) + ": " + e, e);
    } catch (RuntimeException e) {
      throw Report.internalError(e);
    }
    getLog().info("vp: skapade " + created.display());
    getLog().info("vp: " + created.nextStep() + " Kör sedan mvn vp:validate.");
  }
}
