package se.vp.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import se.vp.synthetic.SyntheticPlans;

/**
 * The user's view of vp's speed: whole {@code mvn vp:render} processes on synthetic regions of S, M
 * and L nämnder, with wall time, peak memory (the process's VmHWM) and vp's own time per stage,
 * a render again with nothing changed, and Maven's own no-op build for scale. Run by
 * {@code mvn -Pbench install}; the results go to the console and to target/bench/resultat.md.
 */
public final class Benchmark {

  /** A stage's time in the line of -Dvp.timings=true: läsa, kontrollera, mall, each writer by name, skriva, totalt. */
  private static final Pattern STAGE = Pattern.compile("([\\p{L}]+) ([0-9]+,[0-9]+) s");
  private static final long SEED = 1;

  private final Path project;
  private final Path work;
  private final int runs;
  private final List<String> report = new ArrayList<>();

  private Benchmark(Path project, int runs) {
    this.project = project;
    this.work = project.resolve("target/bench");
    this.runs = runs;
  }

  /** A size of region in one of the two shapes of plan: "M" or "M:municipal". */
  private record Case(SyntheticPlans.Size size, SyntheticPlans.Shape shape) {
    static Case of(String text) {
      String[] parts = text.strip().split(":");
      return new Case(SyntheticPlans.Size.valueOf(parts[0]), parts.length > 1
          ? SyntheticPlans.Shape.valueOf(parts[1].toUpperCase(Locale.ROOT)) : SyntheticPlans.Shape.REGIONAL);
    }

    String name() {
      return size + (shape == SyntheticPlans.Shape.REGIONAL ? "" : " (" + shape.name().toLowerCase(Locale.ROOT) + ")");
    }
  }

  /**
   * Arguments: the project folder, the sizes (S,M,L, each with ":municipal" for the plan of the
   * other shape) and the runs per size (L runs once).
   */
  public static void main(String[] args) throws Exception {
    Path project = Path.of(args[0]).toAbsolutePath();
    List<Case> sizes = Arrays.stream((args.length > 1 ? args[1] : "S,M,L").split(",")).map(Case::of).toList();
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    new Benchmark(project, runs).run(sizes);
  }

  private void run(List<Case> sizes) throws Exception {
    report.add("# vp:render, hela processen");
    report.add("");
    report.add("Maskin: " + Runtime.getRuntime().availableProcessors() + " kärnor, "
        + (totalMemory() >> 20) + " MiB minne, Java " + System.getProperty("java.version") + ", "
        + System.getProperty("os.name") + " " + System.getProperty("os.arch") + "; " + LocalDate.now() + ".");
    report.add("Median av " + runs + " körningar (L: en körning). Tid i sekunder; minne som högsta RSS (VmHWM).");
    report.add("");
    Run noop = median(runs, () -> mvn("validate"));
    report.add("Maven utan arbete (`mvn -o validate`): " + seconds(noop.wallNanos) + " s, " + mib(noop.peakKb) + " MiB.");
    report.add("");
    report.add("| storlek | nämnder | filer | vp:render | minne | läsa | kontrollera | mall | PDF | DOCX | PPTX | HTML"
        + " | oförändrad igen | mot no-op |");
    report.add("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    Map<SyntheticPlans.Size, Run> results = new LinkedHashMap<>();
    for (Case c : sizes) {
      SyntheticPlans.Size size = c.size();
      Path planSource = work.resolve(size.name() + "-" + c.shape()).resolve("plan-source");
      Path output = planSource.resolveSibling("output");
      deleteTree(planSource.getParent());
      int files = SyntheticPlans.writeRegion(planSource, size.namnder, SEED, c.shape());
      String[] render = {"vp:render", "-Dvp.timings=true", "-Dvp.planSource=" + planSource, "-Dvp.output=" + output};
      int n = size == SyntheticPlans.Size.L ? 1 : runs;
      Run cold = median(n, () -> {
        deleteTree(output);
        return mvn(render);
      });
      Run again = median(n, () -> mvn(render));
      if (!again.output.contains("är aktuell")) {
        throw new IllegalStateException("the render again with nothing changed did render:\n" + again.output);
      }
      if (c.shape() == SyntheticPlans.Shape.REGIONAL) {
        results.put(size, cold);
      }
      String line = "| " + c.name() + " | " + size.namnder + " | " + files + " | " + seconds(cold.wallNanos) + " | "
          + mib(cold.peakKb) + " MiB | " + stage(cold, "läsa") + " | " + stage(cold, "kontrollera") + " | "
          + stage(cold, "mall") + " | " + stage(cold, "PDF") + " | " + stage(cold, "DOCX") + " | "
          + stage(cold, "PPTX") + " | " + stage(cold, "HTML") + " | " + seconds(again.wallNanos) + " | " + decimal((double) again.wallNanos / noop.wallNanos, 2) + "×"
          + " |";
      report.add(line);
      System.out.println(line);
    }
    if (results.containsKey(SyntheticPlans.Size.M) && results.containsKey(SyntheticPlans.Size.L)) {
      report.add("");
      report.add("L/M: " + decimal(
          (double) results.get(SyntheticPlans.Size.L).wallNanos / results.get(SyntheticPlans.Size.M).wallNanos, 1) + ".");
    }
    report.add("");
    report.add("Stegen är vp:s egen tid per steg (`-Dvp.timings=true`), summerad över trådarna; de körs sida vid sida"
        + " på kärnorna och kan därför tillsammans överstiga väggtiden.");
    Files.createDirectories(work);
    Files.writeString(work.resolve("resultat.md"), String.join("\n", report) + "\n");
    System.out.println(String.join("\n", report));
  }

  /** One whole Maven process in the project folder, as a user starts it. */
  private Run mvn(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(maven(), "-B", "-o", "-ntp"));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
    builder.environment().remove("MAVEN_OPTS");
    long start = System.nanoTime();
    Process process = builder.start();
    AtomicLong peak = new AtomicLong();
    Thread sampler = new Thread(() -> sample(process, peak));
    sampler.setDaemon(true);
    sampler.start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int exit = process.waitFor();
    long wall = System.nanoTime() - start;
    sampler.join();
    if (exit != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
    }
    return new Run(wall, peak.get(), output);
  }

  /** The process's high-water mark of resident memory, read until it ends (Linux). */
  private static void sample(Process process, AtomicLong peak) {
    Path status = Path.of("/proc/" + process.pid() + "/status");
    while (process.isAlive()) {
      try {
        for (String line : Files.readAllLines(status)) {
          if (line.startsWith("VmHWM:")) {
            peak.accumulateAndGet(Long.parseLong(line.replaceAll("[^0-9]", "")), Math::max);
          }
        }
        Thread.sleep(20);
      } catch (IOException | RuntimeException e) {
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private interface Measured {
    Run run() throws Exception;
  }

  private static Run median(int n, Measured measured) throws Exception {
    List<Run> runs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      runs.add(measured.run());
    }
    runs.sort(Comparator.comparingLong(r -> r.wallNanos));
    return runs.get((n - 1) / 2);
  }

  private record Run(long wallNanos, long peakKb, String output) {}

  private static String stage(Run run, String name) {
    Matcher matcher = STAGE.matcher(run.output);
    while (matcher.find()) {
      if (matcher.group(1).equals(name)) {
        return matcher.group(2);
      }
    }
    return "–";
  }

  private static String seconds(long nanos) {
    return decimal(nanos / 1e9, 2);
  }

  private static String decimal(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value).replace('.', ',');
  }

  private static long mib(long kb) {
    return kb / 1024;
  }

  private static String maven() {
    return System.getProperty("os.name").startsWith("Windows") ? "mvn.cmd" : "mvn";
  }

  private static long totalMemory() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : 0;
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
