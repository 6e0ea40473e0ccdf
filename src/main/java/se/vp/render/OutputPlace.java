package se.vp.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Severity;
import se.vp.diagnostic.VpException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import se.vp.source.PlanLoader;

/**
 * Where a render may write: a real folder inside the project, apart from plan-source/ and
 * templates/. A pull request can commit links (ignored paths too, with {@code git add -f}), so an
 * output folder, a folder on the way to it, or its lock file that is a link would make vp write
 * wherever the link points; each is refused before output/ is read or written.
 */
final class OutputPlace {

  private static final String HINT = "handlingarna skrivs till en mapp i projektet, utanför plan-source/ och templates/,"
      + " som output/";

  private OutputPlace() {}

  /** The output folder as an absolute path without "..", once it is known to be a safe place to write. */
  static Path check(RenderRequest request) throws VpException {
    Path project = request.displayBase().toAbsolutePath().normalize();
    Path output = request.output().toAbsolutePath().normalize();
    String display = PlanLoader.display(output, project);
    if (!output.startsWith(project)) {
      throw refused(display, display + " ligger utanför projektet");
    }
    if (output.equals(project)) {
      throw refused(display, "handlingarna kan inte skrivas direkt i projektets mapp");
    }
    for (Path source : new Path[] {request.planSource(), request.templates()}) {
      Path folder = source.toAbsolutePath().normalize();
      if (output.startsWith(folder) || folder.startsWith(output)) {
        String name = PlanLoader.display(folder, project);
        throw refused(display, display + (output.startsWith(folder) ? " ligger i " : " innehåller ") + name + "/");
      }
    }
    Path step = project;
    for (Path name : project.relativize(output)) {
      step = step.resolve(name);
      Optional<BasicFileAttributes> attributes = attributes(step, project);
      if (attributes.isEmpty()) {
        break;
      }
      String at = PlanLoader.display(step, project);
      if (attributes.get().isSymbolicLink()) {
        throw refused(display, at + " är en symbolisk länk, och vp skriver inte genom länkar");
      }
      if (!attributes.get().isDirectory()) {
        throw refused(display, at + " är ingen mapp");
      }
    }
    Optional<BasicFileAttributes> lock = attributes(output.resolve(OutputFolder.LOCK), project);
    if (lock.isPresent() && !lock.get().isRegularFile()) {
      throw refused(display, display + "/" + OutputFolder.LOCK + " är ingen vanlig fil"
          + (lock.get().isSymbolicLink() ? " utan en symbolisk länk" : ""));
    }
    if (tracked(project, output)) {
      throw new VpException(new Diagnostic(Location.ofFile(display), Severity.FEL, Code.VP309, display
          + "/ har filer som är incheckade i git, och handlingarna där ska vara vp:s egna",
          Optional.of("ta bort dem ur git med git rm -r --cached " + display)), null);
    }
    return output;
  }

  /**
   * True when git tracks a file in the output folder. A pull request could otherwise commit
   * handlingar, and a manifest saying they are up to date, that CI would then publish as its own.
   */
  private static boolean tracked(Path project, Path output) {
    Optional<GitIndex.WorkTree> around = GitIndex.around(project);
    if (around.isEmpty()) {
      return false;
    }
    Path root = around.get().root();
    if (output.startsWith(root) && !output.equals(root)) {
      Optional<Boolean> listed = GitIndex.listsAnythingIn(around.get().index(),
          root.relativize(output).toString().replace('\\', '/'));
      if (listed.isPresent()) {
        return listed.get();
      }
    }
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(project.toFile());
    if (builder.getGitDir() == null) {
      return false;
    }
    try (Repository repository = builder.setMustExist(true).build()) {
      if (repository.isBare()) {
        return false;
      }
      Path tree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
      if (!output.startsWith(tree) || output.equals(tree)) {
        return false;
      }
      String folder = tree.relativize(output).toString().replace('\\', '/');
      return repository.readDirCache().getEntriesWithin(folder).length > 0;
    } catch (IOException | RuntimeException e) {
      // Not a repository vp can read: nothing of it is published from here.
      return false;
    }
  }

  private static Optional<BasicFileAttributes> attributes(Path path, Path project) throws VpException {
    try {
      return Optional.of(Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      String display = PlanLoader.display(path, project);
      throw new VpException(new Diagnostic(Location.ofFile(display), Severity.FEL, Code.VP304,
          display + " kan inte läsas: " + e.getMessage(), Optional.empty()), e);
    }
  }

  private static VpException refused(String display, String message) {
    return new VpException(new Diagnostic(Location.ofFile(display), Severity.FEL, Code.VP309, message,
        Optional.of(HINT)), null);
  }
}
