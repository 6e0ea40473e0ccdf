package se.vp.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Suggestions;

/**
 * What plan-source may hold and how a file of it is read, written once for every reader: the
 * loader, the formatter, the scaffolder and the render's input hashes. So vp:validate, vp:fmt,
 * vp:new and vp:render cannot disagree about what is readable. Files come from pull requests:
 * no link is followed, and no file is read beyond the limits of {@link SourceLimits}.
 */
public final class PlanSource {

  /** An id: a file's name without .yaml, or a nämnd's folder name. */
  public static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";

  private PlanSource() {}

  /** The files of a plan-source folder on disk: nothing, with the reason, when it is a link or missing. */
  public static Optional<SourceTree> folder(Path planSource, String display, Diagnostics out) {
    if (Files.isSymbolicLink(planSource)) {
      out.report(Code.VP017, Location.ofFile(display), "mappen med planen är en symbolisk länk",
          Optional.of("lägg planen själv här"));
      return Optional.empty();
    }
    if (!Files.isDirectory(planSource, LinkOption.NOFOLLOW_LINKS)) {
      out.report(Code.VP016, Location.ofFile(display), "mappen med planen finns inte");
      return Optional.empty();
    }
    return Optional.of(new FolderTree(planSource, display));
  }

  /** Every entry of the tree, or nothing when the tree cannot be listed or holds too many files. */
  public static Optional<List<SourceTree.Entry>> entries(SourceTree tree, Diagnostics out) {
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
    return Optional.of(entries);
  }

  /**
   * An entry vp reads or reports: a YAML file by its name, .yaml or .yml in any case. Anything
   * else in plan-source (a README, a picture) is no business of vp's.
   */
  public static boolean isYaml(SourceTree.Entry entry) {
    String lower = entry.path().toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml");
  }

  /** A region as soon as anything lies in fullmaktige/ or namnder/. */
  public static boolean isRegion(List<SourceTree.Entry> entries) {
    return Layout.isRegion(entries.stream().map(SourceTree.Entry::path).toList());
  }

  /**
   * The YAML files vp reads among the entries, each with its kind and id. A link, a .yml, a file
   * in no known place and a name that is not an id are reported and left out; other files
   * (a README, a picture) are no business of vp's.
   */
  public static List<SourceFile> files(SourceTree tree, List<SourceTree.Entry> entries, boolean region,
      Diagnostics out) {
    List<SourceFile> files = new ArrayList<>();
    for (SourceTree.Entry entry : entries) {
      file(tree, entry, region, out).ifPresent(files::add);
    }
    return files;
  }

  private static Optional<SourceFile> file(SourceTree tree, SourceTree.Entry entry, boolean region, Diagnostics out) {
    String path = entry.path();
    String file = tree.display() + "/" + path;
    if (entry.link()) {
      out.report(Code.VP017, Location.ofFile(file), "symboliska länkar följs inte i plan-source",
          Optional.of("lägg filen själv här"));
      return Optional.empty();
    }
    Optional<String> device = Arrays.stream(path.split("/")).filter(PlanSource::isWindowsDeviceName).findFirst();
    if (device.isPresent()) {
      out.report(Code.VP028, Location.ofFile(file), "namnet '" + device.get()
              + "' är reserverat i Windows, där ingen kan hämta planen så länge det finns",
          Optional.of("byt namn, till exempel till " + device.get().replaceFirst("^[^.]*", "$0-1")));
      return Optional.empty();
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (!isYaml(entry)) {
      return Optional.empty();
    }
    if (!name.endsWith(".yaml")) {
      out.report(Code.VP014, Location.ofFile(file), "filändelsen ska vara .yaml",
          Optional.of("byt namn till " + name.replaceAll("\\.[^.]+$", ".yaml")));
      return Optional.empty();
    }
    Optional<FileKind> kind = Layout.kind(path, region);
    if (kind.isEmpty()) {
      out.report(Code.VP014, Location.ofFile(file), "vp känner inte igen filen " + path,
          region ? Optional.of(regionHint(path)) : placeHint(path));
      return Optional.empty();
    }
    String withinFolder = Layout.withinPlan(path).substring(kind.get().path().length());
    if (kind.get().isFolder() && withinFolder.contains("/")) {
      String folder = path.substring(0, path.length() - withinFolder.length());
      out.report(Code.VP029, Location.ofFile(file), folder + " har inga undermappar; vp läser bara filerna direkt i den",
          Optional.of("flytta filen till " + tree.display() + "/" + folder + " eller ta bort den"));
      return Optional.empty();
    }
    Optional<String> namnd = Layout.namnd(path);
    if (namnd.isPresent() && !namnd.get().matches(ID)) {
      out.report(Code.VP015, Location.ofFile(file), "mappnamnet '" + namnd.get() + "' duger inte som id för en nämnd",
          Optional.of("använd små bokstäver a–z, siffror och bindestreck, till exempel " + Suggestions.asId(namnd.get())));
      return Optional.empty();
    }
    String id = kind.get().isFolder() ? name.replaceAll("\\.yaml$", "") : kind.get().path().replaceAll("\\.yaml$", "");
    if (kind.get().isFolder() && !id.matches(ID)) {
      out.report(Code.VP015, Location.ofFile(file), "filnamnet '" + id + "' duger inte som id",
          Optional.of("använd små bokstäver a–z, siffror och bindestreck, till exempel " + Suggestions.asId(id)));
      return Optional.empty();
    }
    return Optional.of(new SourceFile(entry, file, kind.get(), id, region ? namnd : Optional.of(""),
        region && path.startsWith(Layout.COUNCIL)));
  }

  /** A file's bytes, when it is no larger than plan-source allows. */
  public static Optional<byte[]> bytes(SourceFile file, Diagnostics out) {
    if (file.entry().size() > SourceLimits.MAX_FILE_BYTES) {
      out.report(Code.VP005, Location.ofFile(file.file()), "filen är " + file.entry().size()
          + " byte; en fil i plan-source får vara högst " + SourceLimits.MAX_FILE_BYTES + " byte");
      return Optional.empty();
    }
    try {
      return Optional.of(file.entry().contents().read());
    } catch (SourceTree.NotRegularFile e) {
      out.report(Code.VP001, Location.ofFile(file.file()),
          "filen är ingen vanlig fil utan en FIFO eller enhet, och vp läser bara vanliga filer");
      return Optional.empty();
    } catch (IOException e) {
      out.report(Code.VP001, Location.ofFile(file.file()), "filen kan inte läsas");
      return Optional.empty();
    }
  }

  /** A file's bytes as text: strict UTF-8 without control characters; a byte order mark is warned about. */
  public static Optional<String> text(byte[] bytes, String file, Diagnostics out) {
    return SourceText.decode(bytes, file, out);
  }

  /**
   * Text read as YAML under plan-source's rules: one document, no anchors, aliases or tags, keys
   * that are texts and given once, nesting no deeper than the limit.
   */
  public static Optional<YamlNode> yaml(String text, String file, Diagnostics out) {
    return YamlReader.read(text, file, out);
  }

  /** A file read all the way to YAML, as the loader reads it. */
  public static Optional<YamlNode> read(SourceFile file, Diagnostics out) {
    return bytes(file, out).flatMap(bytes -> text(bytes, file.file(), out)).flatMap(text -> yaml(text, file.file(), out));
  }

  /**
   * CON, PRN, AUX, NUL, COM1–COM9 and LPT1–LPT9, in any case and with any extension, name devices
   * on Windows: git cannot check such a file out there, so one editor's pull request would lock
   * every Windows user out of the repository.
   */
  static boolean isWindowsDeviceName(String name) {
    String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    return stem.toLowerCase(Locale.ROOT).matches("con|prn|aux|nul|com[1-9]|lpt[1-9]");
  }

  private static String regionHint(String path) {
    if (path.startsWith(Layout.COUNCIL)) {
      return Layout.COUNCIL + " har det fullmäktige beslutar för alla nämnder: malsattningar/, uppdrag/ och gemensamt.yaml;"
          + " nämndens egna filer ligger i " + Layout.NAMNDER + "<nämnd>/";
    }
    if (Layout.namnd(path).isPresent() && Layout.withinPlan(path).equals(FileKind.GEMENSAMT.path())) {
      return "gemensamt.yaml gäller alla nämnder och ligger i " + Layout.COUNCIL;
    }
    return "i en region ligger filerna i " + Layout.COUNCIL + " och " + Layout.NAMNDER + "<nämnd>/";
  }

  private static Optional<String> placeHint(String relative) {
    List<String> places = Arrays.stream(FileKind.values()).map(FileKind::path).distinct().toList();
    String first = relative.contains("/") ? relative.substring(0, relative.indexOf('/') + 1) : relative;
    return Suggestions.didYouMean(first, places)
        .or(() -> Optional.of("filer i plan-source: " + String.join(", ", places)));
  }
}
