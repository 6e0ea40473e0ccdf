package se.vp.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Location;
import se.vp.source.FileKind;
import se.vp.source.FolderTree;
import se.vp.source.Layout;
import se.vp.source.PlanLoader;
import se.vp.source.SourceLimits;
import se.vp.source.SourceTree;

/**
 * Formats every YAML file of a plan-source folder, or only finds those not in canonical form.
 * Files are found as the loader finds them: hidden files are left out and links are never
 * followed, so formatting writes only inside plan-source. Files vp does not know (a stray .yml,
 * a file outside the known folders) are left to vp:validate, which reports them.
 */
public final class PlanFormatter {

  private final YamlFormatter formatter = new YamlFormatter();
  private final Path planSource;
  private final String display;
  private final Diagnostics out = new Diagnostics();

  private PlanFormatter(Path planSource, Path displayBase) {
    this.planSource = planSource;
    this.display = PlanLoader.display(planSource, displayBase);
  }

  /**
   * The files of {@code planSource} that are not in canonical form; nothing is written. Paths in
   * the report are relative to {@code displayBase}, normally the project's folder.
   */
  public static FormatReport check(Path planSource, Path displayBase) {
    try {
      return new PlanFormatter(planSource, displayBase).run(false);
    } catch (IOException e) {
      throw new IllegalStateException("checking writes nothing", e);
    }
  }

  /** Rewrites every file of {@code planSource} that is not in canonical form; reports those it rewrote. */
  public static FormatReport apply(Path planSource, Path displayBase) throws IOException {
    return new PlanFormatter(planSource, displayBase).run(true);
  }

  private FormatReport run(boolean write) throws IOException {
    List<FormattedFile> files = new ArrayList<>();
    if (Files.isSymbolicLink(planSource)) {
      out.report(Code.VP017, Location.ofFile(display), "mappen med planen är en symbolisk länk",
          Optional.of("lägg planen själv här"));
      return new FormatReport(files, out.sorted());
    }
    if (!Files.isDirectory(planSource, LinkOption.NOFOLLOW_LINKS)) {
      out.report(Code.VP016, Location.ofFile(display), "mappen med planen finns inte");
      return new FormatReport(files, out.sorted());
    }
    List<SourceTree.Entry> entries;
    try {
      entries = new FolderTree(planSource, display).entries();
    } catch (IOException e) {
      out.report(Code.VP001, Location.ofFile(display), "mappen kan inte läsas");
      return new FormatReport(files, out.sorted());
    }
    if (entries.size() > SourceLimits.MAX_FILES) {
      out.report(Code.VP018, Location.ofFile(display), "plan-source har fler än " + SourceLimits.MAX_FILES + " filer");
      return new FormatReport(files, out.sorted());
    }
    boolean region = Layout.isRegion(entries.stream().map(SourceTree.Entry::path).toList());
    for (SourceTree.Entry entry : entries) {
      Optional<FileKind> kind = Layout.kind(entry.path(), region);
      if (entry.link() || !entry.path().endsWith(".yaml") || kind.isEmpty()) {
        continue;
      }
      String file = display + "/" + entry.path();
      Optional<String> text = read(entry, file);
      if (text.isEmpty()) {
        continue;
      }
      String formatted;
      try {
        formatted = formatter.format(text.get(), kind.get());
      } catch (FormatException e) {
        e.reportTo(out, file);
        continue;
      }
      if (!formatted.equals(text.get())) {
        Path path = planSource.resolve(entry.path());
        if (write) {
          replace(path, formatted);
        }
        files.add(new FormattedFile(path, file, firstChangedLine(text.get(), formatted)));
      }
    }
    return new FormatReport(files, out.sorted());
  }

  /** The file's text, strictly UTF-8; a byte order mark is kept so that formatting removes it. */
  private Optional<String> read(SourceTree.Entry entry, String file) {
    if (entry.size() > SourceLimits.MAX_FILE_BYTES) {
      out.report(Code.VP005, Location.ofFile(file), "filen är " + entry.size()
          + " byte; en fil i plan-source får vara högst " + SourceLimits.MAX_FILE_BYTES + " byte");
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = entry.contents().read();
    } catch (IOException e) {
      out.report(Code.VP001, Location.ofFile(file), "filen kan inte läsas");
      return Optional.empty();
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      out.report(Code.VP002, Location.ofFile(file), "filen är inte UTF-8; filen formateras inte",
          Optional.of("spara filen som UTF-8"));
      return Optional.empty();
    }
  }

  /**
   * Writes the new text beside the file and moves it over the old one, so that an interrupted
   * run leaves either file whole. The temporary name is hidden, which plan-source's readers skip.
   */
  private static void replace(Path path, String text) throws IOException {
    Path temporary = path.resolveSibling("." + path.getFileName() + ".vp-fmt");
    Files.writeString(temporary, text, StandardCharsets.UTF_8);
    try {
      Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** Where a reader of the old file first sees a difference; line ends and a BOM count as line 1. */
  static int firstChangedLine(String before, String after) {
    String[] old = before.split("\n", -1);
    String[] now = after.split("\n", -1);
    int line = 0;
    while (line < old.length && line < now.length && old[line].equals(now[line])) {
      line++;
    }
    int lines = old.length - (before.endsWith("\n") ? 1 : 0);
    return Math.max(1, Math.min(line + 1, lines));
  }
}
