package se.vp.maven;

import java.time.Instant;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import se.vp.Timings;
import se.vp.diagnostic.VpException;
import se.vp.render.RenderRequest;
import se.vp.render.RenderResult;
import se.vp.render.Renderer;

/** {@code mvn vp:render}: checks the plan and renders the handlingar into output/. */
@Mojo(name = RenderMojo.GOAL, threadSafe = true, requiresProject = true)
public class RenderMojo extends WritingMojo {

  static final String GOAL = "render";

  /** Also writes a PNG of every page into output/förhandsvisning/. */
  @Parameter(property = "vp.previews", defaultValue = "false")
  private boolean previews;

  /** Also writes each template's XHTML beside its handling, output/bildspel.xhtml and so on, for template authors. */
  @Parameter(property = "vp.xhtml", defaultValue = "false")
  private boolean xhtml;

  /** Prints where the render spent its time, per stage. */
  @Parameter(property = "vp.timings", defaultValue = "false")
  private boolean timings;

  @Override
  String goal() {
    return GOAL;
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    Quiet.libraries();
    RenderRequest request = new RenderRequest(planSource.toPath(), templates.toPath(), output.toPath(),
        basedir.toPath(), previews, sourceDateEpoch(), namnd(), xhtml);
    RenderResult result;
    try {
      result = Renderer.render(request);
    } catch (VpException e) {
      getLog().error(e.diagnostic().format());
      showCause(e);
      throw new MojoFailureException("Inga handlingar skrevs; " + relative(output.toPath()) + "/ är oförändrad.");
    } catch (RuntimeException e) {
      throw Report.internalError(e);
    }
    Report.findings(getLog(), result.validation(), failOnWarning, "mvn vp:render");
    if (result.upToDate()) {
      getLog().info("vp: " + relative(output.toPath()) + "/ är aktuell; planen, mallarna och vp är oförändrade sedan förra"
          + " renderingen (SHA-256), så inget renderades om.");
    }
    result.written().forEach(file -> getLog().info("vp: " + relative(file)));
    if (timings) {
      Timings t = result.timings();
      StringBuilder line = new StringBuilder("vp: tid ");
      for (Timings.Stage stage : t.stages()) {
        line.append(stage.word()).append(' ').append(seconds(t.nanos(stage))).append(", ");
      }
      line.append("totalt ").append(seconds(t.wallNanos())).append(" (stegen summeras över trådarna)");
      getLog().info(line);
    }
  }

  private static String seconds(long nanos) {
    return String.format(java.util.Locale.ROOT, "%.2f s", nanos / 1e9).replace('.', ',');
  }

  /** SOURCE_DATE_EPOCH, the reproducible-builds convention, fixes the documents' creation date. */
  private static Optional<Instant> sourceDateEpoch() throws MojoFailureException {
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    if (epoch == null || epoch.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.ofEpochSecond(Long.parseLong(epoch.strip())));
    } catch (NumberFormatException e) {
      throw new MojoFailureException("SOURCE_DATE_EPOCH ska vara sekunder sedan 1970-01-01, inte '" + epoch + "'");
    }
  }
}
