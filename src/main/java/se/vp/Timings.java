package se.vp;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a run spends its time, per stage. Stages run side by side on several threads, so a stage's
 * time is the sum over the threads that did its work and the stages may add up to more than the
 * run's wall time.
 */
public final class Timings {

  /** The stages of a render, in the order they happen to a plan. */
  public enum Stage {
    LASA("läsa"),
    KONTROLLERA("kontrollera"),
    MALL("mall"),
    PDF("PDF"),
    DOCX("DOCX"),
    SKRIVA("skriva");

    private final String word;

    Stage(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }
  }

  /** Work that may fail, timed as one stage. */
  public interface Work<T, E extends Exception> {
    T run() throws E;
  }

  private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
  private final long started = System.nanoTime();

  public Timings() {
    for (Stage stage : Stage.values()) {
      nanos.put(stage, new LongAdder());
    }
  }

  public <T, E extends Exception> T time(Stage stage, Work<T, E> work) throws E {
    long start = System.nanoTime();
    try {
      return work.run();
    } finally {
      nanos.get(stage).add(System.nanoTime() - start);
    }
  }

  public long nanos(Stage stage) {
    return nanos.get(stage).sum();
  }

  /** Time since this object was made: the run's wall time when made at its start. */
  public long wallNanos() {
    return System.nanoTime() - started;
  }
}
