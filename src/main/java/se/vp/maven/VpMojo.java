package se.vp.maven;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import se.vp.Outcome;
import se.vp.Vp;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.OneLine;
import se.vp.diagnostic.Severity;

/**
 * What every vp goal shares, done once: its parameters for the plan, vp.skip, the libraries kept
 * quiet, the core's outcome written to the log, and one failure at the end.
 */
abstract class VpMojo extends AbstractMojo {

  /** The folder of the plan's YAML files. */
  @Parameter(property = "vp.planSource", defaultValue = "${project.basedir}/plan-source")
  File planSource;

  /** The project's folder: findings name files relative to it. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true)
  File basedir;

  /** Fails the build on warnings (varningar) too, not only on errors (fel). */
  @Parameter(property = "vp.failOnWarning", defaultValue = "false")
  boolean failOnWarning;

  /** Skips the goal. */
  @Parameter(property = "vp.skip", defaultValue = "false")
  boolean skip;

  /** In a region: the one nämnd (its folder name under namnder/) to check or render. */
  @Parameter(property = "vp.namnd")
  String namnd;

  /** Shows the internals behind a finding (the library's exception); so does mvn -X. */
  @Parameter(property = "vp.debug", defaultValue = "false")
  boolean debug;

  /** Where the templates are, for the goals that write handlingar. */
  @Parameter(property = "vp.templates", defaultValue = "${project.basedir}/templates")
  File templates;

  /** Where the handlingar go. */
  @Parameter(property = "vp.output", defaultValue = "${project.basedir}/output")
  File output;

  /** Maven's reproducible-build time, which fixes the documents' dates as SOURCE_DATE_EPOCH does. */
  @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
  String outputTimestamp;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("vp:" + goal() + " hoppas över (vp.skip)");
      return;
    }
    Quiet.libraries();
    Outcome outcome;
    try {
      outcome = run();
    } catch (RuntimeException e) {
      throw new MojoExecutionException("vp stötte på ett internt fel (" + OneLine.text(e.toString())
          + "); kör med -e för detaljer", OneLineException.of(e));
    }
    show(outcome, getLog());
    if (outcome.failure().isPresent()) {
      throw new MojoFailureException(OneLine.text(outcome.failure().get()));
    }
  }

  abstract String goal();

  abstract Outcome run() throws MojoFailureException;

  Vp.Project project() {
    return new Vp.Project(planSource.toPath(), basedir.toPath(),
        Optional.ofNullable(namnd).map(String::strip).filter(n -> !n.isEmpty()), failOnWarning);
  }

  /**
   * The time that fixes the documents' dates, as reproducible builds give it: the project's
   * project.build.outputTimestamp, else SOURCE_DATE_EPOCH; none, and the plan's decision date is used.
   */
  Optional<Instant> sourceDate() throws MojoFailureException {
    if (outputTimestamp != null && !outputTimestamp.isBlank()) {
      return Optional.of(instant(outputTimestamp.strip(), "project.build.outputTimestamp"));
    }
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    return epoch == null || epoch.isBlank() ? Optional.empty() : Optional.of(instant(epoch.strip(), "SOURCE_DATE_EPOCH"));
  }

  /** Seconds since 1970 or an ISO 8601 time, the two forms Maven accepts. */
  private static Instant instant(String text, String name) throws MojoFailureException {
    try {
      return text.matches("[0-9]+") ? Instant.ofEpochSecond(Long.parseLong(text)) : OffsetDateTime.parse(text).toInstant();
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new MojoFailureException(name + " ska vara sekunder sedan 1970-01-01 eller en tid som 2025-11-18T00:00:00Z,"
          + " inte '" + text + "'");
    }
  }

  Path templates() {
    return templates.toPath();
  }

  Path output() {
    return output.toPath();
  }

  /**
   * Each finding on its own line, what the run has to say, the files written; the failure is
   * Maven's to print. Every line quotes the plan, so each goes through OneLine: a key or a file
   * name from a pull request cannot start a line of its own in the CI log.
   */
  void show(Outcome outcome, Log log) {
    for (Diagnostic d : outcome.findings()) {
      if (d.severity() == Severity.FEL) {
        log.error(d.format());
      } else {
        log.warn(d.format());
      }
    }
    outcome.cause().ifPresent(cause -> {
      if (debug) {
        log.error("Orsak (vp.debug):", OneLineException.of(cause));
      } else if (log.isDebugEnabled()) {
        log.debug("Orsak:", OneLineException.of(cause));
      }
    });
    outcome.report().forEach(line -> log.info(OneLine.text(line)));
    outcome.written().forEach(file -> log.info("vp: " + OneLine.text(relative(file))));
    outcome.notes().forEach(note -> log.info("vp: " + OneLine.text(note)));
  }

  /** A path as the user sees it: relative to the project. */
  private String relative(Path path) {
    Path base = basedir.toPath().toAbsolutePath().normalize();
    Path absolute = path.toAbsolutePath().normalize();
    return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
  }
}
