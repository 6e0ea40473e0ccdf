package se.vp.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import se.vp.Vp;
import se.vp.serve.EventStream;
import se.vp.serve.PreviewServer;
import se.vp.synthetic.SyntheticPlans;

/**
 * vp:serve as an editor feels it: the first render after start, and from saving a file to the
 * open page holding the new render, for a one-file change of the committed plan and of one nämnd
 * of an M region. The server runs in this JVM as it runs in Maven's; the page is an event stream
 * read as a browser reads it. Run by {@code mvn -Pbench install}; the results go to the console
 * and to target/bench/serve.md.
 */
public final class ServeBenchmark {

  private static final Duration WAIT = Duration.ofMinutes(5);
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private ServeBenchmark() {}

  /** Arguments: the project folder and the saves per plan. */
  public static void main(String[] args) throws Exception {
    Path project = Path.of(args[0]).toAbsolutePath();
    int saves = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    Path work = project.resolve("target/bench/serve");
    List<String> report = new ArrayList<>();
    report.add("# vp:serve, från sparad fil till uppdaterad sida");
    report.add("");
    report.add("Median och längsta av " + saves + " sparningar; tid i sekunder. Första renderingen räknas från start.");
    report.add("");
    report.add("| plan | första renderingen | sparad fil → sidan visar fynden och webbversionen, median (längsta)"
        + " | sparad fil → sidan visar dokumenten, median (längsta) |");
    report.add("|---|---|---|---|");

    Path committed = work.resolve("committed");
    Benchmark.deleteTree(committed);
    copyTree(project.resolve("plan-source"), committed.resolve("plan-source"));
    copyTree(project.resolve("templates"), committed.resolve("templates"));
    report.add(measure("den inlagda planen", committed, firstYaml(committed.resolve("plan-source/uppdrag")), saves));

    Path region = work.resolve("M");
    Benchmark.deleteTree(region);
    SyntheticPlans.writeRegion(region.resolve("plan-source"), SyntheticPlans.Size.M, 1);
    copyTree(project.resolve("templates"), region.resolve("templates"));
    Path namnd = region.resolve("plan-source/namnder/" + SyntheticPlans.namndId(1));
    report.add(measure("en nämnd av region M", region, firstYaml(namnd.resolve("uppdrag")), saves));

    Files.writeString(work.resolve("serve.md"), String.join("\n", report) + "\n");
    System.out.println(String.join("\n", report));
  }

  private static String measure(String name, Path project, Path edited, int saves) throws Exception {
    Vp.Render render = new Vp.Render(new Vp.Project(project.resolve("plan-source"), project, Optional.empty(), false),
        project.resolve("templates"), project.resolve("output"), false, false, true, false, Optional.empty());
    BlockingQueue<PreviewServer.Rendered> rendered = new LinkedBlockingQueue<>();
    long start = System.nanoTime();
    try (PreviewServer server = PreviewServer.start(new PreviewServer.Settings(render, 0), rendered::add)) {
      PreviewServer.Rendered first;
      do {
        first = next(rendered);
      } while (!first.documents());
      long firstNanos = System.nanoTime() - start;
      if (first.outcome().errors() > 0) {
        throw new IllegalStateException(name + " has errors: " + first.outcome().findings());
      }
      EventStream stream = EventStream.open(server.address());
      BlockingQueue<String> events = stream.lines();
      events.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
      String text = Files.readString(edited);
      List<Long> checked = new ArrayList<>();
      List<Long> documents = new ArrayList<>();
      for (int save = 1; save <= saves; save++) {
        events.clear();
        long saved = System.nanoTime();
        Files.writeString(edited, text.replaceFirst("text: ", "text: Ändring " + save + " "));
        checked.add(pageAfter(server, events, "Kontrollerad", saved));
        documents.add(pageAfter(server, events, "Renderad", saved));
        next(rendered);
        if (next(rendered).outcome().written().isEmpty()) {
          throw new IllegalStateException(name + ": save " + save + " rendered nothing again");
        }
      }
      Files.writeString(edited, text);
      stream.close();
      String line = "| " + name + " | " + seconds(firstNanos) + " | " + medianAndLongest(checked) + " | "
          + medianAndLongest(documents) + " |";
      System.out.println(line);
      return line;
    }
  }

  /** The time from the save until the page holds the step that the status begins with. */
  private static long pageAfter(PreviewServer server, BlockingQueue<String> events, String step, long saved)
      throws Exception {
    String ended;
    do {
      ended = events.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
    } while (ended != null && !ended.matches("data: [0-9]+ " + step + " .*"));
    String page = CLIENT.send(HttpRequest.newBuilder(server.address().resolve("/innehall")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    if (ended == null || !page.contains("Handlingar")) {
      throw new IllegalStateException("no page after the save: " + step);
    }
    return System.nanoTime() - saved;
  }

  private static String medianAndLongest(List<Long> nanos) {
    List<Long> sorted = nanos.stream().sorted().toList();
    return seconds(sorted.get((sorted.size() - 1) / 2)) + " (" + seconds(sorted.get(sorted.size() - 1)) + ")";
  }

  private static PreviewServer.Rendered next(BlockingQueue<PreviewServer.Rendered> rendered)
      throws InterruptedException {
    PreviewServer.Rendered r = rendered.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
    if (r == null) {
      throw new IllegalStateException("no render within " + WAIT);
    }
    return r;
  }

  private static Path firstYaml(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().findFirst().orElseThrow();
    }
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.2f", nanos / 1e9).replace('.', ',');
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }
}
