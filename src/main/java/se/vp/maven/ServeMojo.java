package se.vp.maven;

import java.io.IOException;
import java.net.BindException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import se.vp.Outcome;
import se.vp.Vp;
import se.vp.diagnostic.Diagnostic;
import se.vp.serve.PreviewServer;

/**
 * {@code mvn vp:serve}: the handlingar in the browser while the plan is edited, rendered again at
 * every save, until Ctrl-C.
 */
@Mojo(name = ServeMojo.GOAL, threadSafe = true, requiresProject = true)
public class ServeMojo extends VpMojo {

  static final String GOAL = "serve";

  /** The port on 127.0.0.1; 0 takes a free one. */
  @Parameter(property = "vp.port", defaultValue = "0")
  int port;

  /** Also writes the deck as PowerPoint at every render. */
  @Parameter(property = "vp.pptx", defaultValue = "true")
  boolean pptx;

  @Override
  String goal() {
    return GOAL;
  }

  @Override
  Outcome run() throws MojoFailureException {
    if (port < 0 || port > 65535) {
      throw new MojoFailureException("vp.port ska vara en port mellan 1 och 65535, eller 0 för en ledig, inte " + port);
    }
    Vp.Render render = new Vp.Render(project(), templates(), output(), false, false, pptx, false, sourceDate());
    AtomicReference<List<Diagnostic>> shown = new AtomicReference<>(List.of());
    PreviewServer preview;
    try {
      preview = PreviewServer.start(new PreviewServer.Settings(render, port), rendered -> {
        Outcome outcome = rendered.outcome();
        if (!rendered.documents()) {
          return;
        }
        // The same warnings at every save would bury the line that changed; they are shown again when they change.
        if (!outcome.findings().equals(shown.getAndSet(outcome.findings())) || outcome.failure().isPresent()) {
          show(new Outcome(outcome.findings(), List.of(), List.of(), List.of(), outcome.failure(), outcome.cause()),
              getLog());
        }
        getLog().info(String.format(Locale.forLanguageTag("sv-SE"), "vp: %s på %.1f s: %d fel, %d varningar",
            outcome.errors() > 0 ? "planen kontrollerad" : "handlingarna renderade",
            rendered.took().toMillis() / 1000.0, outcome.errors(), outcome.warnings()));
      });
    } catch (BindException e) {
      throw new MojoFailureException("port " + port + " på 127.0.0.1 är upptagen; välj en annan med -Dvp.port=<port>,"
          + " eller 0 för en ledig");
    } catch (IOException e) {
      throw new MojoFailureException("vp:serve kunde inte starta: " + e.getMessage());
    }
    Thread stop = new Thread(preview::close, "vp-serve-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    getLog().info("vp: förhandsvisningen finns på " + preview.address() + " (Ctrl-C avslutar)");
    try {
      preview.awaitClose();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      preview.close();
    }
    return Outcome.done(List.of("förhandsvisningen är stängd."));
  }
}
