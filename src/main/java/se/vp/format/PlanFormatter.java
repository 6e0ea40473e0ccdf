package se.vp.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Severity;
import se.vp.diagnostic.VpException;
import se.vp.source.PlanLoader;
import se.vp.source.PlanSource;
import se.vp.source.SourceFile;
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

  /**
   * A warning for every file not in canonical form, at its first line that would change, as
   * spotless:check gives it: what vp:validate and vp:fmt -Dvp.check=true say alike.
   */
  public static List<Diagnostic> findings(FormatReport report) {
    Diagnostics out = new Diagnostics();
    report.files().forEach(file -> out.report(Code.VP019, new Location(file.display(), file.firstChangedLine(), 1),
        "filen är inte formaterad som mvn vp:fmt skriver den", Optional.of("kör mvn vp:fmt")));
    return out.sorted();
  }

  /** Rewrites every file of {@code planSource} that is not in canonical form; reports those it rewrote. */
  public static FormatReport apply(Path planSource, Path displayBase) throws IOException {
    return new PlanFormatter(planSource, displayBase).run(true);
  }

  private FormatReport run(boolean write) throws IOException {
    List<FormattedFile> files = new ArrayList<>();
    Optional<SourceTree> tree = PlanSource.folder(planSource, display, out);
    Optional<List<SourceTree.Entry>> entries = tree.flatMap(t -> PlanSource.entries(t, out));
    if (entries.isEmpty()) {
      return new FormatReport(files, out.sorted());
    }
    // What is wrong with a file's name or place is vp:validate's to report; such a file is left alone.
    Diagnostics strays = new Diagnostics();
    for (SourceFile file : PlanSource.files(tree.get(), entries.get(), PlanSource.isRegion(entries.get()), strays)) {
      Optional<byte[]> bytes = PlanSource.bytes(file, out);
      Optional<String> text = bytes.flatMap(b -> decoded(b, file.file()));
      if (text.isEmpty()) {
        continue;
      }
      String formatted;
      try {
        formatted = formatter.format(text.get(), file.kind(), file.file());
      } catch (VpException e) {
        out.addAll(List.of(e.diagnostic()));
        continue;
      }
      if (!Arrays.equals(formatted.getBytes(StandardCharsets.UTF_8), bytes.get())) {
        Path path = planSource.resolve(file.path());
        if (write) {
          replace(path, formatted);
        }
        files.add(new FormattedFile(path, file.file(),
            firstChangedLine(new String(bytes.get(), StandardCharsets.UTF_8), formatted)));
      }
    }
    return new FormatReport(files, out.sorted());
  }

  /**
   * The file's text as plan-source's reader decodes it; its errors are the formatter's too. A byte
   * order mark is no reason to leave a file alone: formatting removes it.
   */
  private Optional<String> decoded(byte[] bytes, String file) {
    Diagnostics decoding = new Diagnostics();
    Optional<String> text = PlanSource.text(bytes, file, decoding);
    decoding.sorted().stream().filter(d -> d.severity() == Severity.FEL).forEach(d -> out.addAll(List.of(
        new Diagnostic(d.location(), d.severity(), d.code(), d.message() + YamlFormatter.LEFT_AS_IS, d.hint()))));
    return text;
  }

  /**
   * Writes the new text beside the file and moves it over the old one, so that an interrupted
   * run leaves either file whole. The temporary file is created new, under a name no one can
   * guess, never opened through a link a pull request may have put there; the move replaces the
   * plan file itself, a link there being a finding that leaves the file unformatted.
   */
  private static void replace(Path path, String text) throws IOException {
    Path temporary = Files.createTempFile(path.getParent(), "." + path.getFileName() + ".", ".vp-fmt");
    try {
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      // A temporary file is readable by its owner only; the plan file keeps the access it had.
      if (Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
      }
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
