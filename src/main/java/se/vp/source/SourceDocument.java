package se.vp.source;

/** One file of plan-source, read and checked against its schema. */
public record SourceDocument(FileKind kind, String id, String file, YamlMap root) {}
