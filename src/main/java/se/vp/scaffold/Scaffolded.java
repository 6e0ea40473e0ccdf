package se.vp.scaffold;

import java.nio.file.Path;

/**
 * A file created in plan-source: where it is, how the user sees its path
 * ("plan-source/uppdrag/nr-62-nytt-uppdrag.yaml"), and what to do next, in Swedish.
 */
public record Scaffolded(Path file, String display, String nextStep) {}
