package se.vp.renumber;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.vp.source.YamlScalar;

/**
 * A file's text with fokusområde numbers replaced where the reader found them, and nothing else
 * changed: comments, layout, quotes and line ends stay byte for byte, as vp:fmt keeps them. A
 * number is replaced only where the text holds exactly it, plain or in quotes; anything else there
 * (an escape, a second scalar vp did not read) is a refusal, never a guess.
 */
final class NumberEdits {

  /** A number at a place of the file as the reader gives it: line and column from 1, columns in code points. */
  record Edit(int line, int column, String old, String now) {}

  private NumberEdits() {}

  /** The text with every edit made, or nothing when one of them does not stand where it should. */
  static Optional<String> apply(String text, List<Edit> edits) {
    String bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
    String body = text.substring(bom.length());
    List<Integer> lineStarts = lineStarts(body);
    StringBuilder out = new StringBuilder(body);
    // From the end, so that an edit never moves the place of one still to come.
    List<Edit> ordered = new ArrayList<>(edits);
    ordered.sort(Comparator.comparingInt(Edit::line).thenComparingInt(Edit::column).reversed());
    int previous = Integer.MAX_VALUE;
    for (Edit edit : ordered) {
      if (edit.line() < 1 || edit.line() > lineStarts.size() || edit.column() < 1) {
        return Optional.empty();
      }
      int start;
      try {
        start = body.offsetByCodePoints(lineStarts.get(edit.line() - 1), edit.column() - 1);
      } catch (IndexOutOfBoundsException e) {
        return Optional.empty();
      }
      Optional<String> written = written(body, start, edit.old());
      if (written.isEmpty() || start + written.get().length() > previous) {
        return Optional.empty();
      }
      out.replace(start, start + written.get().length(), rewritten(written.get(), edit.now()));
      previous = start;
    }
    return Optional.of(bom + out);
  }

  /** The scalar as written at {@code start}: the number in double or single quotes, or plain. */
  private static Optional<String> written(String text, int start, String number) {
    for (String quote : List.of("\"", "'")) {
      String quoted = quote + number + quote;
      if (text.startsWith(quoted, start)) {
        return Optional.of(quoted);
      }
    }
    int end = start + number.length();
    if (text.startsWith(number, start) && (end == text.length() || " \t\r\n,]}#".indexOf(text.charAt(end)) >= 0)) {
      return Optional.of(number);
    }
    return Optional.empty();
  }

  /**
   * The new number written as the old one was: in the same quotes, or plain where plain YAML reads
   * it as a decimal too (4.4); "4.4.1" plain would be read as a text that other tools do not see as
   * a number, and vp:fmt writes it in double quotes, so it is written so.
   */
  private static String rewritten(String written, String now) {
    char first = written.charAt(0);
    if (first == '"' || first == '\'') {
      return first + now + first;
    }
    return YamlScalar.resolvePlain(now) == YamlScalar.Type.DECIMAL ? now : "\"" + now + "\"";
  }

  /** Where each line starts; YAML breaks lines at CR LF, CR and LF. */
  private static List<Integer> lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        i++;
        starts.add(i + 1);
      } else if (c == '\r' || c == '\n') {
        starts.add(i + 1);
      }
    }
    return starts;
  }
}
