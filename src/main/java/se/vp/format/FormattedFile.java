package se.vp.format;

import java.nio.file.Path;

/**
 * A file of plan-source that was not in canonical form: where it is, how findings name it
 * ("plan-source/uppdrag/x.yaml"), and the first line (from 1) that formatting changes.
 */
public record FormattedFile(Path path, String display, int firstChangedLine) {}
