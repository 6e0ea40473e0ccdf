package se.vp.render.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import se.vp.render.blocks.Run.Change;

/**
 * The runs of a paragraph's inline content, with whitespace as a browser shows it: every run of
 * spaces, tabs and newlines is one space, none at the start of the paragraph, after a line break or
 * after another space, and none at its end.
 */
final class RunReader {

  private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\r\\n]+");

  /** How the text inside an element looks, from the elements around it. */
  private record Look(boolean bold, boolean italic, Change change, List<String> classes, Optional<Run.Signed> signed) {
    Look inside(Element e) {
      List<String> inner = new ArrayList<>(classes);
      inner.addAll(Dom.classes(e));
      return switch (Dom.name(e)) {
        case "b", "strong" -> new Look(true, italic, change, inner, signed);
        case "i", "em" -> new Look(bold, true, change, inner, signed);
        case "ins" -> new Look(bold, italic, Change.INSERTED, inner, signing(e));
        case "del" -> new Look(bold, italic, Change.DELETED, inner, signing(e));
        default -> new Look(bold, italic, change, inner, signed);
      };
    }

    Run text(String text) {
      return new Run(text, false, bold, italic, change, classes, signed);
    }

    Run lineBreak() {
      return new Run("", true, bold, italic, change, classes, signed);
    }
  }

  /** The author and time an ins or del carries, when it carries either. */
  private static Optional<Run.Signed> signing(Element e) {
    String author = e.getAttribute("data-author");
    String datetime = e.getAttribute("datetime");
    return author.isEmpty() && datetime.isEmpty() ? Optional.empty() : Optional.of(new Run.Signed(author, datetime));
  }

  private static final Look PLAIN = new Look(false, false, Change.NONE, List.of(), Optional.empty());

  private RunReader() {}

  static List<Run> runs(List<Node> inline) {
    List<Run> runs = new ArrayList<>();
    inline.forEach(node -> add(node, PLAIN, runs));
    trimEnd(runs);
    return runs;
  }

  private static void add(Node node, Look look, List<Run> runs) {
    if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
      String text = WHITESPACE.matcher(node.getNodeValue()).replaceAll(" ");
      Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if ((last == null || last.lineBreak() || last.text().endsWith(" ")) && text.startsWith(" ")) {
        text = text.substring(1);
      }
      if (!text.isEmpty()) {
        runs.add(look.text(text));
      }
    } else if (node instanceof Element e) {
      if (Dom.name(e).equals("br")) {
        runs.add(look.lineBreak());
      } else {
        Look inner = look.inside(e);
        Dom.children(e).forEach(child -> add(child, inner, runs));
      }
    }
  }

  private static void trimEnd(List<Run> runs) {
    while (!runs.isEmpty() && !last(runs).lineBreak() && last(runs).text().isBlank()) {
      runs.remove(runs.size() - 1);
    }
    if (!runs.isEmpty() && !last(runs).lineBreak()) {
      Run run = runs.remove(runs.size() - 1);
      runs.add(new Run(run.text().stripTrailing(), false, run.bold(), run.italic(), run.change(), run.classes(),
          run.signed()));
    }
  }

  private static Run last(List<Run> runs) {
    return runs.get(runs.size() - 1);
  }
}
