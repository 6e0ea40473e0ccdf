package se.vp.locale;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Swedish typography in one place: decimal comma, a space between thousands, "18 november 2025".
 * The spaces are no-break spaces (U+00A0), so "151,3 Mnkr" and "16 503 kr" never break.
 */
public final class Svenska {

  public static final Locale SV = Locale.forLanguageTag("sv-SE");
  public static final char NBSP = '\u00a0';

  private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", SV);
  private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("d MMMM", SV);

  private Svenska() {}

  /** A figure with as many decimals as written: 151,3; 16 503; −2,3. */
  public static String tal(BigDecimal value) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(SV);
    symbols.setDecimalSeparator(',');
    symbols.setGroupingSeparator(NBSP);
    symbols.setMinusSign('−');
    DecimalFormat format = new DecimalFormat("#,##0", symbols);
    int decimals = Math.max(value.scale(), 0);
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    return format.format(value);
  }

  public static String mnkr(BigDecimal value) {
    return tal(value) + NBSP + "Mnkr";
  }

  public static String kr(BigDecimal value) {
    return tal(value) + NBSP + "kr";
  }

  public static String procent(BigDecimal value) {
    return tal(value) + NBSP + "%";
  }

  /** "Jönköping, Kronoberg, Värmland och Västmanland". */
  public static String lista(java.util.List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " och " + items.get(items.size() - 1);
  }

  /** A heading and its text as one passage: "Presentation av förutsättningar. Områdena presenterar …". */
  public static String mening(String rubrik, Optional<String> text) {
    return text.map(t -> rubrik + (rubrik.matches(".*[.!?:]$") ? " " : ". ") + t).orElse(rubrik);
  }

  /** A range of figures written with a hyphen: 0-17, 25-50; not a date such as 2025-09-04. */
  private static final Pattern RANGE =
      Pattern.compile("(?<![\\d-])(\\d{1,4})-(\\d{1,4})(?![\\d-])");

  /** A range of months written with a hyphen: jan-juli, januari-mars. */
  private static final Pattern MONTHS = Pattern.compile(
      "(?i)\\b((?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåäö]*)-((?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåäö]*)\\b");

  /**
   * A text from the plan set as Swedish typography wants it: a range with an en dash (0–17,
   * jan–juli), and a slash kept with the word before it, so a line never begins with one.
   */
  public static String typografi(String text) {
    String ranges = MONTHS.matcher(RANGE.matcher(text).replaceAll("$1–$2")).replaceAll("$1–$2");
    return ranges.replace(" /", NBSP + "/");
  }

  /** "17 juni", for a timeline whose year is plain from its context. */
  public static String dag(LocalDate date) {
    return DAG.format(date);
  }

  /** "18 november 2025". */
  public static String datum(LocalDate date) {
    return DATUM.format(date);
  }
}
