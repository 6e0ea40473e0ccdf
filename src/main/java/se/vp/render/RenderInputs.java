package se.vp.render;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.vp.diagnostic.Diagnostics;
import se.vp.source.Layout;
import se.vp.source.PlanSource;
import se.vp.source.SourceLimits;
import se.vp.source.SourceTree;

/**
 * The hashes of everything a render is made from: vp's own code, the templates, the options,
 * plan-source and the commit it is in, for the run as a whole and for each nämnd (the council's
 * files and its own).
 */
record RenderInputs(String run, Map<String, String> namnder) {

  /** Input that could not be read: never up to date, so the render itself meets the problem. */
  static final RenderInputs UNKNOWN = new RenderInputs("", Map.of());

  RenderInputs {
    namnder = Map.copyOf(namnder);
  }

  static RenderInputs of(RenderRequest request, PlanSourceCommit.Version version) {
    try {
      return read(request, version);
    } catch (IOException | RuntimeException e) {
      return UNKNOWN;
    }
  }

  private static RenderInputs read(RenderRequest request, PlanSourceCommit.Version version) throws IOException {
    // Read as the loader reads plan-source: a folder it refuses, or a YAML file beyond its limits,
    // is never up to date, and the render's own check then says what is wrong. Other files count by
    // their names only, since a folder of them alone can make a nämnd.
    Diagnostics refused = new Diagnostics();
    Optional<List<SourceTree.Entry>> listed = PlanSource.folder(request.planSource(), "", refused)
        .flatMap(tree -> PlanSource.entries(tree, refused));
    if (listed.isEmpty()) {
      return UNKNOWN;
    }
    List<SourceTree.Entry> entries = listed.get();
    if (entries.stream().anyMatch(e -> PlanSource.isYaml(e) && e.size() > SourceLimits.MAX_FILE_BYTES)) {
      return UNKNOWN;
    }
    MessageDigest shared = Hashes.sha256();
    Hashes.add(shared, "vp", Hashes.code().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Hashes.add(shared, "förhandsvisning", String.valueOf(request.previews()).getBytes());
    Hashes.add(shared, "xhtml", String.valueOf(request.xhtml()).getBytes());
    Hashes.add(shared, "pptx", String.valueOf(request.pptx()).getBytes());
    Hashes.add(shared, "documents", String.valueOf(request.documents()).getBytes());
    Hashes.add(shared, "webb", String.valueOf(request.webb()).getBytes());
    // The förslag table shows the texts a plan in git gave: another base renders anew.
    Hashes.add(shared, "bas", request.previous().map(RenderRequest.Previous::commit).orElse("").getBytes());
    Hashes.add(shared, "datum", String.valueOf(request.sourceDate().map(d -> d.getEpochSecond()).orElse(-1L)).getBytes());
    Hashes.addFolder(shared, request.templates());
    // The handlingar name plan-source's commit: a new commit renders them anew, unchanged files or not.
    Hashes.add(shared, "källa", version.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    boolean region = PlanSource.isRegion(entries);
    Map<String, MessageDigest> namnder = new TreeMap<>();
    MessageDigest run = Hashes.sha256();
    Hashes.add(run, "nämnd", request.namnd().orElse("").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    List<byte[]> contents = hashAll(entries);
    for (int i = 0; i < entries.size(); i++) {
      SourceTree.Entry entry = entries.get(i);
      byte[] bytes = contents.get(i);
      String name = (entry.link() ? "länk:" : "") + entry.path();
      Hashes.add(run, name, bytes);
      Optional<String> namnd = region ? Layout.namnd(entry.path()) : Optional.of("");
      if (namnd.isPresent()) {
        Hashes.add(namnder.computeIfAbsent(namnd.get(), n -> Hashes.sha256()), name, bytes);
      } else {
        Hashes.add(shared, name, bytes);
      }
    }
    String sharedHash = Hashes.hex(shared);
    Hashes.add(run, "delat", sharedHash.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Map<String, String> byNamnd = new TreeMap<>();
    namnder.forEach((id, digest) -> {
      Hashes.add(digest, "delat", sharedHash.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      byNamnd.put(id, Hashes.hex(digest));
    });
    return new RenderInputs(Hashes.hex(run), byNamnd);
  }

  /** Each YAML file's SHA-256, read and hashed on every core: a region has thousands of small files. */
  private static List<byte[]> hashAll(List<SourceTree.Entry> entries) {
    return entries.parallelStream().map(entry -> {
      try {
        return entry.link() || !PlanSource.isYaml(entry) ? new byte[0] : Hashes.digest(entry.contents().read());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).toList();
  }
}
