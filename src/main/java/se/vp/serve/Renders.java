package se.vp.serve;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import se.vp.Outcome;
import se.vp.Vp;
import se.vp.diagnostic.OneLine;

/**
 * Renders the plan again whenever asked, one render at a time on a thread of its own: saves that
 * come close together (an editor's "save all", a git checkout) make one render, started once the
 * files have been quiet for a moment. Each render has two steps: first the plan is checked and what
 * a browser shows is written aside, in a fraction of a second, then the documents (PDF, DOCX, PPTX)
 * into output/; a save during the first step starts over rather than wait for the documents. The
 * JVM stays warm between renders, and the render itself skips what did not change.
 */
final class Renders implements AutoCloseable {

  /**
   * What one step of a render gave: its number, when it ended and how long since the render
   * started, what it found, whether it is the render's last step (the documents written, or a
   * check that stopped the render), and output/ after it.
   */
  record Snapshot(int number, LocalTime ended, Duration took, Outcome outcome, boolean documents,
      List<OutputFiles.Listed> files, List<OutputFiles.Listed> forBrowser) {}

  /** Where the first step writes, inside output/ under a name the preview lists with output/'s handlingar. */
  static final String FOR_BROWSER = ".vp-förhandsvisning";

  /** How long the files must be quiet before a render starts. */
  static final Duration QUIET = Duration.ofMillis(40);

  private final Vp.Render render;
  private final Vp.Render forBrowser;
  private final OutputFiles output;
  private final OutputFiles forBrowserOutput;
  private final Runnable started;
  private final Consumer<Snapshot> ended;
  private final Thread thread;
  private boolean requested;
  private long requestedAt;
  private boolean closed;
  private int number;

  Renders(Vp.Render render, Runnable started, Consumer<Snapshot> ended) {
    this.render = render;
    // The web edition always: it is what the page shows of the plan's text while the documents are made.
    this.forBrowser = new Vp.Render(render.project(), render.templates(), render.output().resolve(FOR_BROWSER), false,
        false, false, true, false, render.sourceDate());
    this.output = new OutputFiles(render.output());
    this.forBrowserOutput = new OutputFiles(forBrowser.output());
    this.started = started;
    this.ended = ended;
    this.thread = new Thread(this::loop, "vp-serve-render");
    this.thread.setDaemon(true);
  }

  /** output/, where the documents are. */
  OutputFiles output() {
    return output;
  }

  /** Where the first step writes what a browser shows. */
  OutputFiles forBrowserOutput() {
    return forBrowserOutput;
  }

  /** What the preview shows before the first render ends: output/ as the last render left it. */
  Snapshot before() {
    return new Snapshot(0, LocalTime.now(), Duration.ZERO, Outcome.done(List.of()), false, output.list(),
        forBrowserOutput.list());
  }

  void start() {
    thread.start();
  }

  synchronized void request() {
    requested = true;
    requestedAt = System.nanoTime();
    notifyAll();
  }

  private void loop() {
    while (awaitRequest()) {
      started.run();
      long start = System.nanoTime();
      Outcome checked = renderOnce(() -> Vp.renderForBrowser(forBrowser));
      boolean stop = checked.failure().isPresent();
      ended.accept(new Snapshot(++number, LocalTime.now(), Duration.ofNanos(System.nanoTime() - start), checked, stop,
          output.list(), forBrowserOutput.list()));
      if (!stop && !savedSince()) {
        Outcome documents = renderOnce(() -> Vp.render(render));
        ended.accept(new Snapshot(++number, LocalTime.now(), Duration.ofNanos(System.nanoTime() - start), documents,
            true, output.list(), forBrowserOutput.list()));
      }
    }
  }

  private synchronized boolean savedSince() {
    return requested;
  }

  /** Waits for a request and then for the files to be quiet; false when closed. */
  private synchronized boolean awaitRequest() {
    try {
      while (!closed) {
        long quietFor = System.nanoTime() - requestedAt;
        if (requested && quietFor >= QUIET.toNanos()) {
          requested = false;
          return true;
        }
        wait(requested ? Math.max(1, (QUIET.toNanos() - quietFor) / 1_000_000) : 0);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return false;
  }

  private static Outcome renderOnce(java.util.function.Supplier<Outcome> render) {
    try {
      return render.get();
    } catch (RuntimeException | LinkageError e) {
      // A bug in vp must not end the preview: the page shows it, and the next save tries again.
      return new Outcome(List.of(), List.of(), List.of(), List.of(), Optional.of("vp stötte på ett internt fel ("
          + OneLine.text(e.toString()) + "); handlingarna i output/ är de senaste som skrevs"), Optional.of(e));
    }
  }

  /** Stops after the render under way, if any, so that output/ is left whole. */
  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      notifyAll();
    }
    try {
      thread.join(Duration.ofSeconds(60).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
