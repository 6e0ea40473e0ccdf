package se.vp.source;

/**
 * One file of plan-source, read and checked against its schema; {@code shared} when it is the
 * council's, in a region's fullmaktige/, and so part of every nämnd's plan.
 */
public record SourceDocument(FileKind kind, String id, String file, YamlMap root, boolean shared) {}
