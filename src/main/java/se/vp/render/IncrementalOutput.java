package se.vp.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.VpException;
import se.vp.model.Namndplan;

/**
 * What a render can leave in output/ as it is. The hashes of this render's input are set against
 * the manifest the last render left: nothing is rendered when the whole input hashes as last time,
 * and otherwise only the nämnder whose own input changed. The render's files are recorded as they
 * are written, and the new manifest is written last, into the same commit of output/.
 */
final class IncrementalOutput {

  private final Path folder;
  private final RenderInputs inputs;
  private final RenderManifest previous;
  /** The files of the manifest this render writes, by name in output/; written from several threads. */
  private final Map<String, String> files;

  private IncrementalOutput(Path folder, RenderInputs inputs, RenderManifest previous) {
    this.folder = folder;
    this.inputs = inputs;
    this.previous = previous;
    this.files = new ConcurrentSkipListMap<>(previous.files());
  }

  static IncrementalOutput of(RenderRequest request, PlanSourceCommit.Version version) {
    return new IncrementalOutput(request.output(), RenderInputs.of(request, version), RenderManifest.read(request.output()));
  }

  /** True when the input hashes as last time and every file is still as the last render wrote it. */
  boolean upToDate() {
    return !inputs.run().isEmpty() && inputs.run().equals(previous.run()) && previous.filesIntact(folder);
  }

  /** The last render's findings, to be given again when nothing is rendered. */
  List<Diagnostic> previousFindings() {
    return previous.findings();
  }

  /** The nämnder to render again: those whose input hashes otherwise, or whose files are not as written. */
  List<Namndplan> changed(List<Namndplan> plans) {
    return plans.stream().filter(plan -> !upToDate(plan)).toList();
  }

  private boolean upToDate(Namndplan plan) {
    String now = inputs.namnder().get(plan.id());
    Map<String, String> written = previous.files().entrySet().stream().filter(f -> belongsTo(f.getKey(), plan.id()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    return now != null && now.equals(previous.namnder().get(plan.id())) && !written.isEmpty()
        && RenderManifest.filesIntact(folder, written);
  }

  /**
   * Forgets the files of the nämnder about to be rendered again, taking out of output/ those they
   * will not write again, and takes the handlingar of the nämnder no longer in plan-source (the
   * empty id when a single plan became a region) out of output/.
   */
  void forget(List<Namndplan> changed, OutputFolder output) {
    for (Namndplan plan : changed) {
      // What the last render wrote goes too, as a whole file or folder of output/, unless changed by
      // hand: a format turned off leaves no stale files (a web edition no longer rendered, say).
      Map<String, Map<String, String>> byTopLevel = new TreeMap<>();
      previous.files().forEach((name, hash) -> {
        if (belongsTo(name, plan.id())) {
          byTopLevel.computeIfAbsent(topLevel(name), t -> new TreeMap<>()).put(name, hash);
        }
      });
      byTopLevel.forEach((top, written) -> {
        if (RenderManifest.filesIntact(folder, written)) {
          output.remove(top);
        }
      });
      files.keySet().removeIf(name -> belongsTo(name, plan.id()));
    }
    for (String gone : gone()) {
      files.keySet().stream().filter(name -> belongsTo(name, gone)).map(IncrementalOutput::topLevel).distinct()
          .forEach(output::remove);
      files.keySet().removeIf(name -> belongsTo(name, gone));
    }
  }

  /** Writes a file into output/ and records it for the manifest. */
  Path write(OutputFolder output, String name, byte[] bytes) throws VpException {
    Path written = output.write(name, bytes);
    files.put(name, RenderManifest.record(written, Hashes.of(bytes)));
    return written;
  }

  /** Writes the manifest: the input hashes, with those of the nämnder rendered now, every file, the findings. */
  void writeManifest(OutputFolder output, List<Namndplan> changed, List<Diagnostic> findings) throws VpException {
    Map<String, String> namnder = new TreeMap<>(previous.namnder());
    namnder.keySet().retainAll(inputs.namnder().keySet());
    changed.forEach(plan -> namnder.put(plan.id(), inputs.namnder().getOrDefault(plan.id(), "")));
    output.write(RenderManifest.NAME, new RenderManifest(inputs.run(), namnder, files, findings).bytes());
  }

  /** True for the manifest itself, which is no handling. */
  static boolean isManifest(Path file) {
    return file.getFileName().toString().equals(RenderManifest.NAME);
  }

  private Set<String> gone() {
    Set<String> gone = new TreeSet<>(previous.namnder().keySet());
    gone.removeAll(inputs.namnder().keySet());
    return gone;
  }

  /** The file belongs to the nämnd's handlingar: all of output/ for a single plan, or its folder. */
  private static boolean belongsTo(String file, String namnd) {
    return namnd.isEmpty() || file.startsWith(namnd + "/");
  }

  private static String topLevel(String file) {
    return file.contains("/") ? file.substring(0, file.indexOf('/')) : file;
  }
}
