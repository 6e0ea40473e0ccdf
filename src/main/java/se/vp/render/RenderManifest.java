package se.vp.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Severity;

/**
 * What the last render made from what, kept in output/ beside the handlingar: the hash of all its
 * input, of each nämnd's input, of every file it wrote, and its findings. A render whose input
 * hashes to the same value, with every file still as written, has nothing to do.
 */
record RenderManifest(String run, Map<String, String> namnder, Map<String, String> files, List<Diagnostic> findings) {

  static final String NAME = ".vp-innehåll";

  private static final String RUN = "körning";
  private static final String NAMND = "nämnd.";
  private static final String FILE = "fil.";
  private static final String FINDING = "fynd.";
  private static final String SINGLE = "-";

  RenderManifest {
    namnder = Map.copyOf(namnder);
    files = Map.copyOf(files);
    findings = List.copyOf(findings);
  }

  static final RenderManifest NONE = new RenderManifest("", Map.of(), Map.of(), List.of());

  /** The manifest in output/, or none when it is missing or not one vp wrote. */
  static RenderManifest read(Path output) {
    return readFile(output.resolve(NAME));
  }

  /** A manifest in a file of its own name, as the change report's. */
  static RenderManifest readFile(Path file) {
    if (!Files.isRegularFile(file)) {
      return NONE;
    }
    try (InputStream in = Files.newInputStream(file)) {
      Properties properties = new Properties();
      properties.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      Map<String, String> namnder = new TreeMap<>();
      Map<String, String> files = new TreeMap<>();
      Map<Integer, Diagnostic> findings = new TreeMap<>();
      for (String key : properties.stringPropertyNames()) {
        String value = properties.getProperty(key);
        if (key.startsWith(NAMND)) {
          String id = key.substring(NAMND.length());
          namnder.put(id.equals(SINGLE) ? "" : id, value);
        } else if (key.startsWith(FILE)) {
          files.put(key.substring(FILE.length()), value);
        } else if (key.startsWith(FINDING)) {
          findings.put(Integer.parseInt(key.substring(FINDING.length())), finding(value));
        }
      }
      return new RenderManifest(properties.getProperty(RUN, ""), namnder, files, new ArrayList<>(findings.values()));
    } catch (IOException | RuntimeException e) {
      // Whatever cannot be read as a manifest means that everything is rendered again.
      return NONE;
    }
  }

  /**
   * True when every file this manifest lists is in output/ with the bytes it was written with. As
   * git does for its work tree, a file whose size and modification time are as recorded is taken
   * as unchanged without reading it; any other file is hashed again and compared.
   */
  boolean filesIntact(Path output) {
    return filesIntact(output, files);
  }

  /** As {@link #filesIntact(Path)}, for some of the files: name in output/ to what was recorded. */
  static boolean filesIntact(Path output, Map<String, String> files) {
    return files.entrySet().parallelStream().allMatch(f -> intact(output.resolve(f.getKey()), f.getValue()));
  }

  private static boolean intact(Path file, String recorded) {
    String[] parts = recorded.split(" ");
    if (parts.length == 3 && Optional.of(parts[1] + " " + parts[2]).equals(stat(file))) {
      return true;
    }
    return Hashes.ofFile(file).equals(Optional.of(parts[0]));
  }

  /** What the manifest records of a file just written: its hash, size and modification time. */
  static String record(Path file, String hash) {
    return stat(file).map(stat -> hash + " " + stat).orElse(hash);
  }

  private static Optional<String> stat(Path file) {
    try {
      var attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
      return Optional.of(attributes.size() + " " + attributes.lastModifiedTime().toMillis());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  byte[] bytes() {
    Properties properties = new Properties();
    properties.setProperty(RUN, run);
    namnder.forEach((id, hash) -> properties.setProperty(NAMND + (id.isEmpty() ? SINGLE : id), hash));
    files.forEach((name, hash) -> properties.setProperty(FILE + name, hash));
    for (int i = 0; i < findings.size(); i++) {
      properties.setProperty(FINDING + i, line(findings.get(i)));
    }
    StringWriter text = new StringWriter();
    try {
      properties.store(text, "vp:render – vad som renderades av vad; ändra inte för hand");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String line(Diagnostic d) {
    return String.join("\t", d.severity().name(), d.code().name(), d.location().file(),
        String.valueOf(d.location().line()), String.valueOf(d.location().column()), clean(d.message()),
        d.hint().map(RenderManifest::clean).orElse(""));
  }

  private static Diagnostic finding(String line) {
    String[] parts = line.split("\t", -1);
    return new Diagnostic(new Location(parts[2], Integer.parseInt(parts[3]), Integer.parseInt(parts[4])),
        Severity.valueOf(parts[0]), Code.valueOf(parts[1]), parts[5],
        parts[6].isEmpty() ? Optional.empty() : Optional.of(parts[6]));
  }

  private static String clean(String text) {
    return text.replace('\t', ' ');
  }
}
