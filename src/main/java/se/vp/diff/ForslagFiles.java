package se.vp.diff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import se.vp.check.DecidedChanges;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Severity;
import se.vp.diagnostic.VpException;
import se.vp.format.ForslagWriter;
import se.vp.model.Forslagstyp;
import se.vp.source.GitTree;
import se.vp.source.PlanLoader;
import se.vp.source.PlanSource;
import se.vp.source.SourceFile;
import se.vp.source.SourceTree;

/**
 * Writes the förslag that the decided items a proposal changes lack (VP242) into plan-source, as
 * vp:fmt writes a file: canonical form, comments kept. A removed item's file is put back from the
 * base with {@code förslag: {typ: ta-bort}}, since the plan shows a removal as an item marked to be
 * removed. All or nothing: every file is made and checked before the first is written, and the
 * new files are written beside the old ones before any is moved into place. Only files the loader
 * reads are rewritten, so nothing is written through a link, and nothing outside plan-source.
 */
public final class ForslagFiles {

  private record Target(List<String> under, Forslagstyp typ) {}

  /** A file to write: where, its new text, and whether it replaces a file that is there. */
  private record Planned(Path path, String display, String text, boolean replaces) {}

  private ForslagFiles() {}

  /**
   * Gives every finding's item its förslag for {@code year}; {@code commit} is the base the
   * findings were made against. Returns the files written, as findings name them; a file that
   * cannot be written safely is a VP021 and nothing is written.
   */
  public static List<String> write(Path planSource, Path displayBase, String commit, int year,
      List<DecidedChanges.Finding> findings) throws VpException {
    String display = PlanLoader.display(planSource, displayBase);
    Map<String, List<DecidedChanges.Finding>> byFile = new LinkedHashMap<>();
    findings.forEach(f -> byFile.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(f));
    if (byFile.isEmpty()) {
      return List.of();
    }
    Diagnostics out = new Diagnostics();
    Map<String, SourceFile> current = files(PlanSource.folder(planSource, display, out), out);
    if (out.sorted().stream().anyMatch(d -> d.code() == Code.VP017 && d.location().file().equals(display))) {
      throw refused(display, display + " är en symbolisk länk");
    }
    Map<String, SourceFile> removed = new LinkedHashMap<>();
    if (byFile.values().stream().flatMap(List::stream).anyMatch(DecidedChanges.Finding::restore)) {
      removed = baseFiles(planSource, commit, display, byFile);
    }
    List<Planned> planned = new ArrayList<>();
    for (Map.Entry<String, List<DecidedChanges.Finding>> file : byFile.entrySet()) {
      String path = file.getKey();
      String shown = display + "/" + path;
      boolean restore = file.getValue().stream().anyMatch(DecidedChanges.Finding::restore);
      Path target = inside(planSource, path, shown);
      SourceFile source = restore ? removed.get(path) : current.get(path);
      if (source == null || source.entry().link()) {
        throw refused(shown, restore ? "filen finns inte i basen som en fil vp läser"
            : "filen är ingen fil som vp läser (en symbolisk länk eller en fil utanför planen)");
      }
      if (restore && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        throw refused(shown, "filen finns redan, så den läggs inte tillbaka från basen");
      }
      Diagnostics reading = new Diagnostics();
      Optional<String> text = PlanSource.bytes(source, reading).flatMap(b -> PlanSource.text(b, shown, reading));
      if (text.isEmpty()) {
        throw new VpException(reading.sorted().stream().filter(d -> d.severity() == Severity.FEL).findFirst()
            .map(d -> new Diagnostic(d.location(), d.severity(), d.code(), d.message() + "; förslaget skrivs inte",
                d.hint()))
            .orElseThrow(), null);
      }
      String written = text.get();
      for (Target t : targets(file.getValue())) {
        written = ForslagWriter.withForslag(written, source.kind(), shown, t.under(), t.typ().word(), year);
      }
      planned.add(new Planned(target, shown, written, !restore));
    }
    write(planned, display);
    return planned.stream().map(Planned::display).toList();
  }

  /** One förslag per place in a file; the item's own covers its mål, so the mål's is left out then. */
  private static List<Target> targets(List<DecidedChanges.Finding> findings) {
    List<Target> targets = new ArrayList<>();
    findings.forEach(f -> {
      Target t = new Target(f.under(), f.typ());
      if (!targets.contains(t)) {
        targets.add(t);
      }
    });
    boolean top = targets.stream().anyMatch(t -> t.under().isEmpty());
    return targets.stream().filter(t -> !top || t.under().isEmpty()).toList();
  }

  private static Map<String, SourceFile> files(Optional<SourceTree> tree, Diagnostics out) {
    Map<String, SourceFile> files = new LinkedHashMap<>();
    Optional<List<SourceTree.Entry>> entries = tree.flatMap(t -> PlanSource.entries(t, out));
    if (entries.isPresent()) {
      PlanSource.files(tree.get(), entries.get(), PlanSource.isRegion(entries.get()), out)
          .forEach(f -> files.put(f.path(), f));
    }
    return files;
  }

  /** The base's files the findings put back, read now, while the repository is open. */
  private static Map<String, SourceFile> baseFiles(Path planSource, String commit, String display,
      Map<String, List<DecidedChanges.Finding>> byFile) throws VpException {
    Path folder = planSource.toAbsolutePath().normalize();
    try (Repository repository = new FileRepositoryBuilder().findGitDir(folder.toFile()).setMustExist(true).build();
        RevWalk walk = new RevWalk(repository)) {
      Path top = repository.getWorkTree().toPath().toAbsolutePath().normalize();
      String inRepository = top.relativize(folder).toString().replace('\\', '/');
      GitTree tree = new GitTree(repository, walk.parseCommit(ObjectId.fromString(commit)), inRepository, display);
      Map<String, SourceFile> read = new LinkedHashMap<>();
      for (SourceFile file : files(Optional.of(tree), new Diagnostics()).values()) {
        if (byFile.containsKey(file.path())) {
          byte[] bytes = PlanSource.bytes(file, new Diagnostics()).orElse(null);
          if (bytes != null) {
            SourceTree.Entry entry = new SourceTree.Entry(file.path(), false, bytes.length, () -> bytes);
            read.put(file.path(), new SourceFile(entry, file.file(), file.kind(), file.id(), file.namnd(),
                file.shared()));
          }
        }
      }
      return read;
    } catch (IOException | IllegalArgumentException e) {
      throw refused(display, "basen kan inte läsas ur git");
    }
  }

  /**
   * The file's place on disk, when every folder from plan-source down to it is a folder and no
   * link: what is written there stays inside plan-source.
   */
  private static Path inside(Path planSource, String path, String shown) throws VpException {
    Path root = planSource.toAbsolutePath().normalize();
    Path target = root.resolve(path).normalize();
    if (!target.startsWith(root) || target.equals(root)) {
      throw refused(shown, "filen ligger utanför planen");
    }
    for (Path folder = target.getParent(); folder != null && folder.startsWith(root); folder = folder.getParent()) {
      if (Files.isSymbolicLink(folder) || Files.exists(folder, LinkOption.NOFOLLOW_LINKS)
          && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
        throw refused(shown, "en mapp på vägen till filen är en symbolisk länk eller ingen mapp");
      }
    }
    if (Files.isSymbolicLink(target)) {
      throw refused(shown, "filen är en symbolisk länk, som vp inte skriver genom");
    }
    return target;
  }

  /**
   * Every new text written beside its file first, then each moved into place: a file that cannot
   * be written leaves every plan file as it was, and what follows are renames within a folder.
   */
  private static void write(List<Planned> planned, String display) throws VpException {
    List<Path> staged = new ArrayList<>();
    try {
      for (Planned file : planned) {
        Files.createDirectories(file.path().getParent());
        Path temporary = Files.createTempFile(file.path().getParent(), "." + file.path().getFileName() + ".",
            ".vp-forslag");
        staged.add(temporary);
        Files.writeString(temporary, file.text(), StandardCharsets.UTF_8);
        if (Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
          Files.setPosixFilePermissions(temporary, file.replaces()
              ? Files.getPosixFilePermissions(file.path(), LinkOption.NOFOLLOW_LINKS)
              : PosixFilePermissions.fromString("rw-r--r--"));
        }
      }
      for (int i = 0; i < planned.size(); i++) {
        move(staged.get(i), planned.get(i).path());
      }
    } catch (IOException e) {
      throw VpException.of(Code.VP021, Location.ofFile(display), display + " kan inte skrivas: " + e.getMessage(),
          Optional.empty(), e);
    } finally {
      for (Path temporary : staged) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException e) {
          // A temporary file left behind is hidden and harmless; the plan files are what count.
        }
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static VpException refused(String file, String why) {
    return VpException.of(Code.VP021, Location.ofFile(file), why + "; inga förslag skrevs",
        Optional.of("rätta det och kör mvn vp:diff -Dvp.skrivForslag=true igen, eller skriv förslagen för hand"), null);
  }
}
