package se.vp.scaffold;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Severity;
import se.vp.diagnostic.VpException;
import se.vp.model.Organ;
import se.vp.source.FileKind;
import se.vp.source.PlanSource;
import se.vp.source.SourceFile;
import se.vp.source.SourceTree;
import se.vp.source.YamlList;
import se.vp.source.YamlMap;
import se.vp.source.YamlNode;
import se.vp.source.YamlScalar;

/**
 * The few facts a new file needs from the plan: its year and the numbers already taken. They are
 * read file by file, as vp:validate reads them, not from a validated plan, so that an editor can
 * add a file to a plan that has other findings; a file that cannot be read stops the run with
 * vp:validate's finding, since a number it holds could otherwise be given out twice.
 */
final class PlanFacts {

  /** A top-level value of one file: the value's text as written, and where. */
  record Value(String text, Location at) {}

  private final List<SourceFile> files;
  private final String display;

  private PlanFacts(List<SourceFile> files, String display) {
    this.files = files;
    this.display = display;
  }

  static PlanFacts of(Path planSource, String display) throws VpException {
    Diagnostics out = new Diagnostics();
    Optional<SourceTree> tree = PlanSource.folder(planSource, display, out);
    Optional<List<SourceTree.Entry>> entries = tree.flatMap(t -> PlanSource.entries(t, out));
    if (entries.isEmpty()) {
      throw new VpException(firstError(out), null);
    }
    // A stray file holds no number vp:new needs; vp:validate reports it.
    return new PlanFacts(PlanSource.files(tree.get(), entries.get(), PlanSource.isRegion(entries.get()), new Diagnostics()), display);
  }

  int year() throws VpException {
    SourceFile plan = files.stream().filter(f -> f.kind() == FileKind.PLAN).findFirst()
        .orElseThrow(() -> VpException.of(Code.VP016, Location.ofFile(display + "/" + FileKind.PLAN.path()),
            "plan.yaml saknas; planens år står där", Optional.empty(), null));
    return value(plan, "år").filter(v -> v.matches("[0-9]{4}")).map(Integer::parseInt)
        .orElseThrow(() -> VpException.of(Code.VP501, Location.ofFile(plan.file()), plan.file() + " anger inget år",
            Optional.of("skriv till exempel år: 2026"), null));
  }

  /**
   * The short form of the council, which decides the council's uppdrag and målsättningar: the first
   * body plan.yaml, or else gemensamt.yaml, declares that is not the committee itself; FM without any.
   */
  String council() throws VpException {
    for (FileKind kind : List.of(FileKind.PLAN, FileKind.GEMENSAMT)) {
      for (SourceFile file : files) {
        if (file.kind() != kind) {
          continue;
        }
        Diagnostics out = new Diagnostics();
        Optional<YamlNode> bodies = PlanSource.read(file, out).filter(YamlMap.class::isInstance)
            .flatMap(root -> ((YamlMap) root).get("beslutande-organ")).filter(YamlList.class::isInstance);
        for (YamlNode body : bodies.map(list -> ((YamlList) list).items()).orElse(List.of())) {
          if (body instanceof YamlMap map && !text(map, "nämnden").orElse("").equalsIgnoreCase("true")
              && text(map, "förkortning").isPresent()) {
            return text(map, "förkortning").get();
          }
        }
      }
    }
    return Organ.STANDARD.stream().filter(o -> !o.namnden()).findFirst().orElseThrow().forkortning();
  }

  /** The values of one key at the top of every file of a folder kind. */
  List<Value> values(FileKind kind, String key) throws VpException {
    List<Value> values = new ArrayList<>();
    for (SourceFile file : files) {
      if (file.kind() == kind) {
        scalar(file, key).ifPresent(scalar -> values.add(new Value(scalar.text(), scalar.at())));
      }
    }
    return values;
  }

  private static Optional<String> value(SourceFile file, String key) throws VpException {
    return scalar(file, key).map(YamlScalar::text);
  }

  private static Optional<YamlScalar> scalar(SourceFile file, String key) throws VpException {
    Diagnostics out = new Diagnostics();
    Optional<YamlNode> root = PlanSource.read(file, out);
    if (root.isEmpty()) {
      throw new VpException(firstError(out), null);
    }
    return root.filter(YamlMap.class::isInstance).flatMap(map -> ((YamlMap) map).get(key))
        .filter(YamlScalar.class::isInstance).map(YamlScalar.class::cast);
  }

  private static Optional<String> text(YamlMap map, String key) {
    return map.get(key).filter(YamlScalar.class::isInstance).map(v -> ((YamlScalar) v).text());
  }

  private static Diagnostic firstError(Diagnostics out) {
    return out.sorted().stream().filter(d -> d.severity() == Severity.FEL).findFirst().orElseThrow();
  }
}
