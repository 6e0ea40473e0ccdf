package se.vp.render;

import java.nio.file.Path;
import java.util.List;
import se.vp.Timings;
import se.vp.Validation;

/**
 * The checked plan and the files or nämnd folders written: none when the plan has errors, or when
 * everything in output/ was already made from the same input ({@code upToDate}).
 */
public record RenderResult(Validation validation, List<Path> written, boolean upToDate, Timings timings) {
  public RenderResult {
    written = List.copyOf(written);
  }
}
