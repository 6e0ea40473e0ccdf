package se.vp.render;

import java.nio.file.Path;
import java.util.List;
import se.vp.Validation;

/** The checked plan and the files written; none when the plan has errors. */
public record RenderResult(Validation validation, List<Path> written) {
  public RenderResult {
    written = List.copyOf(written);
  }
}
