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

  /**
   * Most digits of a number before its decimal point and after it, written out without exponent:
   * a region's budget in kronor has eleven, a percentage two decimals. Bounded before the number
   * is made a BigDecimal, because {@code 1e30000000} is ten bytes and thirty million digits.
   */
  public static final int MAX_NUMBER_DIGITS = 15;

  private SourceLimits() {}
}
