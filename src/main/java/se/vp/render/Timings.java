package se.vp.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a run spends its time, per stage. Stages run side by side on several threads, so a stage's
 * time is the sum over the threads that did its work and the stages may add up to more than the
 * run's wall time.
 */
public final class Timings {

  /** A stage of a render: reading, checking, the templates, one per document writer, writing. */
  public record Stage(String word) {
    public static final Stage LASA = new Stage("läsa");
    public static final Stage KONTROLLERA = new Stage("kontrollera");
    public static final Stage MALL = new Stage("mall");
    public static final Stage SKRIVA = new Stage("skriva");
  }

  /** Work that may fail, timed as one stage. */
  public interface Work<T, E extends Exception> {
    T run() throws E;
  }

  // Filled once here and only read after, so threads may share it without a lock.
  private final Map<Stage, LongAdder> nanos = new LinkedHashMap<>();
  private final long started = System.nanoTime();

  /** The stages of reading and checking a plan, and of a render that wrote nothing. */
  public Timings() {
    this(List.of());
  }

  /** The stages in the order they happen to a plan, with one per writer, named so, after the templates. */
  public Timings(List<String> writers) {
    List<Stage> stages = new ArrayList<>(List.of(Stage.LASA, Stage.KONTROLLERA, Stage.MALL));
    writers.forEach(writer -> stages.add(new Stage(writer)));
    stages.add(Stage.SKRIVA);
    stages.forEach(stage -> nanos.put(stage, new LongAdder()));
  }

  public <T, E extends Exception> T time(Stage stage, Work<T, E> work) throws E {
    LongAdder total = nanos.get(stage);
    if (total == null) {
      throw new IllegalArgumentException("no stage " + stage.word() + " in " + stages());
    }
    long start = System.nanoTime();
    try {
      return work.run();
    } finally {
      total.add(System.nanoTime() - start);
    }
  }

  /** The stages in the order they happen. */
  public List<Stage> stages() {
    return List.copyOf(nanos.keySet());
  }

  public long nanos(Stage stage) {
    return nanos.get(stage).sum();
  }

  /** Time since this object was made: the run's wall time when made at its start. */
  public long wallNanos() {
    return System.nanoTime() - started;
  }
}
