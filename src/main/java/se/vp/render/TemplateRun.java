package se.vp.render;

import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one template in a thread of its own, within a time limit, an output limit and a stack of
 * known size. Templates come from pull requests: {@code <#list 1.. as i>} never ends, a function
 * that calls itself overflows the stack, and a loop can write more than any heap holds. The thread
 * is interrupted at the deadline; the templates were given FreeMarker's checks for interruption
 * (see {@link Templates}), so a loop that writes nothing stops too.
 */
final class TemplateRun {

  /** How long one template may run and how many characters it may write. */
  record Limits(Duration time, int maxChars) {
    /** The committed templates write under a megabyte in well under a second. */
    static final Limits DEFAULT = new Limits(Duration.ofSeconds(30), 20_000_000);
  }

  /** Why a run was stopped: too long, too much output, too deep a recursion, too much memory. */
  enum Reason {
    TIME,
    OUTPUT,
    STACK,
    MEMORY
  }

  /** A run stopped by a limit. */
  static final class Stopped extends Exception {
    private final Reason reason;

    Stopped(Reason reason) {
      super(reason.name(), null, false, false);
      this.reason = reason;
    }

    Reason reason() {
      return reason;
    }
  }

  /** Deep enough for any real template; FreeMarker's own frames are the bulk of it. */
  private static final long STACK_BYTES = 16L << 20;
  /** How long a thread interrupted at the deadline is given to stop. */
  private static final Duration GRACE = Duration.ofSeconds(5);

  private TemplateRun() {}

  static String run(Template template, Object model, Limits limits)
      throws TemplateException, IOException, Stopped {
    BoundedWriter out = new BoundedWriter(limits.maxChars());
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread worker = new Thread(null, () -> {
      try {
        template.process(model, out);
      } catch (Throwable t) {
        failure.set(t);
      }
    }, "vp-mall " + template.getName(), STACK_BYTES);
    worker.setDaemon(true);
    worker.start();
    boolean timedOut = !awaitEnd(worker, limits.time());
    if (timedOut) {
      worker.interrupt();
      // A thread stuck inside one built-in call does not see the interruption; it is a daemon
      // and is left behind rather than waited for.
      awaitEnd(worker, GRACE);
    }
    Throwable thrown = failure.get();
    if (out.exceeded) {
      throw new Stopped(Reason.OUTPUT);
    }
    if (timedOut) {
      throw new Stopped(Reason.TIME);
    }
    if (thrown instanceof StackOverflowError) {
      throw new Stopped(Reason.STACK);
    }
    if (thrown instanceof OutOfMemoryError) {
      throw new Stopped(Reason.MEMORY);
    }
    if (thrown instanceof TemplateException e) {
      throw e;
    }
    if (thrown instanceof IOException e) {
      throw e;
    }
    if (thrown instanceof RuntimeException e) {
      throw e;
    }
    if (thrown instanceof Error e) {
      throw e;
    }
    return out.text.toString();
  }

  /** True when the thread ended in time; an interrupted caller stops the template too. */
  private static boolean awaitEnd(Thread worker, Duration time) {
    try {
      worker.join(time.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    return !worker.isAlive();
  }

  /** Collects the output and refuses to grow past the limit. */
  private static final class BoundedWriter extends Writer {
    private final StringBuilder text = new StringBuilder();
    private final int maxChars;
    private volatile boolean exceeded;

    BoundedWriter(int maxChars) {
      this.maxChars = maxChars;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      if (length > maxChars - text.length()) {
        exceeded = true;
        throw new IOException("the template wrote more than " + maxChars + " characters");
      }
      text.append(chars, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) throws IOException {
      if (length > maxChars - text.length()) {
        exceeded = true;
        throw new IOException("the template wrote more than " + maxChars + " characters");
      }
      text.append(string, offset, offset + length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
