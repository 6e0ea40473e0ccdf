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

  /**
   * Longest heading (a titel, rubrik or namn) and longest text (an uppdrag, a styrtal, a point),
   * in characters, as the schemas' maxLength say: the longest of VP 2026 are 95 and 262. A slide
   * title of 300 characters fills its slide; a text of 4 000 is some pages. Beyond, the layout of
   * the handlingar and the word comparison would cost minutes for what no document can hold.
   */
  public static final int MAX_HEADING_CHARS = 300;

  public static final int MAX_TEXT_CHARS = 4_000;

  /**
   * Most characters of text in one nämnd's plan, all files together: VP 2026 has 16 000. Each text
   * within its limit, a plan of a megabyte of them took minutes to lay out as a deck and again as
   * its change report; this much renders in seconds.
   */
  public static final int MAX_PLAN_CHARS = 150_000;

  /** Longest value of any kind, checked as it is read, before the schema sees it. */
  public static final int MAX_SCALAR_CHARS = 10_000;

  /** Longest key: the schemas' keys are at most 25 characters. */
  public static final int MAX_KEY_CHARS = 100;

  private SourceLimits() {}
}
