package se.vp.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Suggestions;
import se.vp.model.Plan;

/**
 * Reads plan-source: finds the files, reads each strictly, checks it against its schema and binds
 * the whole into a {@link Plan}. Every problem becomes a diagnostic; the plan is only bound when
 * every file could be read, so the checks never see half a plan.
 */
public final class PlanLoader {

  private static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";

  private final SourceTree tree;
  private final Diagnostics out;
  private final SchemaValidator schemas = new SchemaValidator();

  private PlanLoader(SourceTree tree, Diagnostics out) {
    this.tree = tree;
    this.out = out;
  }

  /**
   * Loads the plan in the folder {@code planSource}; paths in diagnostics are written relative to
   * {@code displayBase}, normally the project's folder, so they read "plan-source/…".
   */
  public static Optional<Plan> load(Path planSource, Path displayBase, Diagnostics out) {
    String display = display(planSource, displayBase);
    if (Files.isSymbolicLink(planSource)) {
      out.report(Code.VP017, Location.ofFile(display), "mappen med planen är en symbolisk länk",
          Optional.of("lägg planen själv här"));
      return Optional.empty();
    }
    if (!Files.isDirectory(planSource, LinkOption.NOFOLLOW_LINKS)) {
      out.report(Code.VP016, Location.ofFile(display), "mappen med planen finns inte");
      return Optional.empty();
    }
    return load(new FolderTree(planSource, display), out);
  }

  /** Loads the plan in a source tree: a folder on disk, or plan-source in a git commit. */
  public static Optional<Plan> load(SourceTree tree, Diagnostics out) {
    return new PlanLoader(tree, out).load();
  }

  private Optional<Plan> load() {
    List<SourceTree.Entry> entries;
    try {
      entries = tree.entries();
    } catch (IOException e) {
      out.report(Code.VP001, Location.ofFile(tree.display()), "mappen kan inte läsas");
      return Optional.empty();
    }
    if (entries.size() > SourceLimits.MAX_FILES) {
      out.report(Code.VP018, Location.ofFile(tree.display()),
          "plan-source har fler än " + SourceLimits.MAX_FILES + " filer");
      return Optional.empty();
    }
    List<SourceDocument> documents = new ArrayList<>();
    Map<String, String> firstFileOfId = new HashMap<>();
    for (SourceTree.Entry entry : entries) {
      readDocument(entry).ifPresent(document -> {
        String first = firstFileOfId.putIfAbsent(document.kind() + "/" + document.id(), document.file());
        if (first != null) {
          out.report(Code.VP201, Location.ofFile(document.file()),
              "id '" + document.id() + "' finns redan i " + first, Optional.of("byt namn på den ena filen"));
        } else {
          documents.add(document);
        }
      });
    }
    if (documents.stream().noneMatch(d -> d.kind() == FileKind.PLAN) && !out.hasErrors()) {
      out.report(Code.VP016, Location.ofFile(tree.display() + "/plan.yaml"),
          "plan.yaml saknas", Optional.of("den anger nämnd, år, titel och status"));
    }
    if (out.hasErrors()) {
      return Optional.empty();
    }
    Optional<Plan> plan = PlanBinder.bind(documents, out);
    return out.hasErrors() ? Optional.empty() : plan;
  }

  private Optional<SourceDocument> readDocument(SourceTree.Entry entry) {
    String relative = entry.path();
    String file = tree.display() + "/" + relative;
    if (entry.link()) {
      out.report(Code.VP017, Location.ofFile(file), "symboliska länkar följs inte i plan-source",
          Optional.of("lägg filen själv här"));
      return Optional.empty();
    }
    String name = relative.substring(relative.lastIndexOf('/') + 1);
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (!lower.endsWith(".yaml") && !lower.endsWith(".yml")) {
      return Optional.empty();
    }
    if (!name.endsWith(".yaml")) {
      out.report(Code.VP014, Location.ofFile(file), "filändelsen ska vara .yaml",
          Optional.of("byt namn till " + name.replaceAll("\\.[^.]+$", ".yaml")));
      return Optional.empty();
    }
    Optional<FileKind> kind = FileKind.of(relative);
    if (kind.isEmpty()) {
      out.report(Code.VP014, Location.ofFile(file), "vp känner inte igen filen " + relative, placeHint(relative));
      return Optional.empty();
    }
    String id = kind.get().isFolder() ? name.replaceAll("\\.yaml$", "") : kind.get().path().replaceAll("\\.yaml$", "");
    if (kind.get().isFolder() && !id.matches(ID)) {
      out.report(Code.VP015, Location.ofFile(file), "filnamnet '" + id + "' duger inte som id",
          Optional.of("använd små bokstäver a–z, siffror och bindestreck, till exempel "
              + Suggestions.fold(id).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "")));
      return Optional.empty();
    }
    return read(entry, file).flatMap(root -> {
      if (!schemas.validate(kind.get(), root, out)) {
        return Optional.empty();
      }
      return Optional.of(new SourceDocument(kind.get(), id, file, (YamlMap) root));
    });
  }

  private Optional<YamlNode> read(SourceTree.Entry entry, String file) {
    if (entry.size() > SourceLimits.MAX_FILE_BYTES) {
      out.report(Code.VP005, Location.ofFile(file), "filen är " + entry.size()
          + " byte; en fil i plan-source får vara högst " + SourceLimits.MAX_FILE_BYTES + " byte");
      return Optional.empty();
    }
    try {
      return SourceText.decode(entry.contents().read(), file, out).flatMap(text -> YamlReader.read(text, file, out));
    } catch (IOException e) {
      out.report(Code.VP001, Location.ofFile(file), "filen kan inte läsas");
      return Optional.empty();
    }
  }

  private Optional<String> placeHint(String relative) {
    List<String> places = Arrays.stream(FileKind.values()).map(FileKind::path).toList();
    String first = relative.contains("/") ? relative.substring(0, relative.indexOf('/') + 1) : relative;
    return Suggestions.didYouMean(first, places)
        .or(() -> Optional.of("filer i plan-source: " + String.join(", ", places)));
  }

  /** A path as findings write it: relative to the base when inside it, with '/'. */
  public static String display(Path path, Path base) {
    Path absolute = path.toAbsolutePath().normalize();
    Path root = base.toAbsolutePath().normalize();
    return (absolute.startsWith(root) ? root.relativize(absolute) : absolute).toString().replace('\\', '/');
  }
}
