package se.vp.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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

  private final Path planSource;
  private final Path displayBase;
  private final Diagnostics out;
  private final SchemaValidator schemas = new SchemaValidator();

  private PlanLoader(Path planSource, Path displayBase, Diagnostics out) {
    this.planSource = planSource.toAbsolutePath().normalize();
    this.displayBase = displayBase.toAbsolutePath().normalize();
    this.out = out;
  }

  /**
   * Loads the plan in {@code planSource}; paths in diagnostics are written relative to
   * {@code displayBase}, normally the project's folder, so they read "plan-source/…".
   */
  public static Optional<Plan> load(Path planSource, Path displayBase, Diagnostics out) {
    return new PlanLoader(planSource, displayBase, out).load();
  }

  private Optional<Plan> load() {
    if (Files.isSymbolicLink(planSource)) {
      out.report(Code.VP017, Location.ofFile(display(planSource)), "mappen med planen är en symbolisk länk",
          Optional.of("lägg planen själv här"));
      return Optional.empty();
    }
    if (!Files.isDirectory(planSource, LinkOption.NOFOLLOW_LINKS)) {
      out.report(Code.VP016, Location.ofFile(display(planSource)), "mappen med planen finns inte");
      return Optional.empty();
    }
    List<SourceDocument> documents = new ArrayList<>();
    Map<String, String> firstFileOfId = new HashMap<>();
    for (Path file : yamlFiles()) {
      readDocument(file).ifPresent(document -> {
        String key = document.kind() + "/" + document.id();
        String first = firstFileOfId.putIfAbsent(key, document.file());
        if (first != null) {
          out.report(Code.VP201, Location.ofFile(document.file()),
              "id '" + document.id() + "' finns redan i " + first, Optional.of("byt namn på den ena filen"));
        } else {
          documents.add(document);
        }
      });
    }
    if (documents.stream().noneMatch(d -> d.kind() == FileKind.PLAN) && !out.hasErrors()) {
      out.report(Code.VP016, Location.ofFile(display(planSource.resolve("plan.yaml"))),
          "plan.yaml saknas", Optional.of("den anger nämnd, år, titel och status"));
    }
    if (out.hasErrors()) {
      return Optional.empty();
    }
    Optional<Plan> plan = PlanBinder.bind(documents, out);
    return out.hasErrors() ? Optional.empty() : plan;
  }

  private List<Path> yamlFiles() {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(planSource, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
          return isHidden(dir) && !dir.equals(planSource) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          if (attributes.isSymbolicLink()) {
            out.report(Code.VP017, Location.ofFile(display(file)),
                "symboliska länkar följs inte i plan-source", Optional.of("lägg filen själv här"));
          } else if (isYaml(file) && !isHidden(file)) {
            files.add(file);
            if (files.size() > SourceLimits.MAX_FILES) {
              out.report(Code.VP018, Location.ofFile(display(planSource)),
                  "plan-source har fler än " + SourceLimits.MAX_FILES + " YAML-filer");
              return FileVisitResult.TERMINATE;
            }
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          out.report(Code.VP001, Location.ofFile(display(file)), "filen kan inte läsas");
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      out.report(Code.VP001, Location.ofFile(display(planSource)), "mappen kan inte läsas");
    }
    return files.size() > SourceLimits.MAX_FILES ? List.of() : files.stream().sorted().toList();
  }

  private Optional<SourceDocument> readDocument(Path path) {
    String file = display(path);
    String relative = slashes(planSource.relativize(path));
    if (!relative.endsWith(".yaml")) {
      out.report(Code.VP014, Location.ofFile(file), "filändelsen ska vara .yaml",
          Optional.of("byt namn till " + path.getFileName().toString().replaceAll("\\.[^.]+$", ".yaml")));
      return Optional.empty();
    }
    Optional<FileKind> kind = FileKind.of(relative);
    if (kind.isEmpty()) {
      out.report(Code.VP014, Location.ofFile(file), "vp känner inte igen filen " + relative, placeHint(relative));
      return Optional.empty();
    }
    String id = kind.get().isFolder()
        ? path.getFileName().toString().replaceAll("\\.yaml$", "")
        : kind.get().path().replaceAll("\\.yaml$", "");
    if (kind.get().isFolder() && !id.matches(ID)) {
      out.report(Code.VP015, Location.ofFile(file), "filnamnet '" + id + "' duger inte som id",
          Optional.of("använd små bokstäver a–z, siffror och bindestreck, till exempel "
              + Suggestions.fold(id).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "")));
      return Optional.empty();
    }
    return read(path, file).flatMap(root -> {
      if (!schemas.validate(kind.get(), root, out)) {
        return Optional.empty();
      }
      return Optional.of(new SourceDocument(kind.get(), id, file, (YamlMap) root));
    });
  }

  private Optional<YamlNode> read(Path path, String file) {
    try {
      long size = Files.size(path);
      if (size > SourceLimits.MAX_FILE_BYTES) {
        out.report(Code.VP005, Location.ofFile(file), "filen är " + size
            + " byte; en fil i plan-source får vara högst " + SourceLimits.MAX_FILE_BYTES + " byte");
        return Optional.empty();
      }
      return SourceText.decode(Files.readAllBytes(path), file, out)
          .flatMap(text -> YamlReader.read(text, file, out));
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

  private String display(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(displayBase) ? slashes(displayBase.relativize(absolute)) : slashes(absolute);
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }

  private static boolean isYaml(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  private static boolean isHidden(Path path) {
    return path.getFileName() != null && path.getFileName().toString().startsWith(".");
  }
}
