package se.vp.source;

/**
 * Bounds on what plan-source may hold. Files come from pull requests, so a file must not be able
 * to make the loader use unbounded memory or time. The figures are generous for a real plan: the
 * largest file of VP 2026 is a few kilobytes and nests five levels deep.
 */
public final class SourceLimits {

  /** Largest YAML file read, in bytes. */
  public static final int MAX_FILE_BYTES = 1 << 20;

  /** Deepest nesting of mappings and lists in one file. */
  public static final int MAX_DEPTH = 32;

  /** Most YAML files in plan-source; a region of a hundred nämnder has some ten thousand. */
  public static final int MAX_FILES = 50_000;

  private SourceLimits() {}
}
