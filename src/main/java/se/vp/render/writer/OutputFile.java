package se.vp.render.writer;

/** A file a writer made: its name relative to the nämnd's folder in output/, and its bytes. */
public record OutputFile(String name, byte[] bytes) {}
