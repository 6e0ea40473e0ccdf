package se.vp.render.word;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.vp.render.blocks.ItemList;
import se.vp.render.blocks.Paragraph;
import se.vp.render.blocks.Run;
import se.vp.render.blocks.Table;

/**
 * The one table from what the templates write to the Word styles of templates/referens.docx, which
 * the region may restyle but must keep by these names (Word's built-in names, whatever a localised
 * Word shows):
 *
 * <pre>
 * XHTML                         Word
 * h1 … h4 (h5, h6)              paragraph style Heading 1 … 4 (Heading 4)
 * p.ingress, p.mal              paragraph style Ingress, Mål
 * caption                       paragraph style Caption
 * ul, ul inside a list, ol      paragraph style List Bullet, List Bullet 2, List Number
 * .tagg, .markering             character style Etikett, Markering
 * .nr, b, strong                bold; i, em: italic
 * table.titelblock, table       table style Titelblock, Tabell
 * td.belopp, th.belopp          text right aligned
 * tr.summa as the last row      the table style's last-row look
 * table.hel                     kept on one page: every row kept with the next
 * .sidhuvud .sidfot .bara-pdf   left out: the header and footer come from the reference document
 * </pre>
 */
final class WordStyles {

  static final String NORMAL = "Normal";

  /** Paragraph styles of p by class, the first that the paragraph has winning. */
  private static final List<Map.Entry<String, String>> PARAGRAPH_CLASSES =
      List.of(Map.entry("ingress", "Ingress"), Map.entry("mal", "Mål"));
  private static final Map<String, String> CHARACTER_CLASSES = Map.of("tagg", "Etikett", "markering", "Markering", "fyll-i", "Markering");
  private static final Set<String> BOLD_CLASSES = Set.of("nr");
  private static final Set<String> SKIPPED_CLASSES = Set.of("sidhuvud", "sidfot", "bara-pdf");
  private static final String TITLE_BLOCK_CLASS = "titelblock";
  private static final Set<String> RIGHT_ALIGNED_CLASSES = Set.of("belopp", "tal");
  private static final String SUM_CLASS = "summa";
  private static final String WHOLE_CLASS = "hel";

  private WordStyles() {}

  /** True for a block Word leaves out, and everything in it. */
  static boolean skipped(List<String> classes) {
    return classes.stream().anyMatch(SKIPPED_CLASSES::contains);
  }

  static String paragraphStyle(Paragraph paragraph) {
    return switch (paragraph.kind()) {
      case TEXT -> NORMAL;
      case CAPTION -> "caption";
      case P -> PARAGRAPH_CLASSES.stream().filter(c -> paragraph.classes().contains(c.getKey())).findFirst()
          .map(Map.Entry::getValue).orElse(NORMAL);
      default -> "heading " + Math.min(4, paragraph.kind().headingLevel());
    };
  }

  static String listStyle(ItemList list, int depth) {
    return list.ordered() ? "List Number" : depth == 0 ? "List Bullet" : "List Bullet 2";
  }

  /** The character style of a run: that of the innermost element around it that has one. */
  static Optional<String> characterStyle(Run run) {
    Optional<String> style = Optional.empty();
    for (String c : run.classes()) {
      if (CHARACTER_CLASSES.containsKey(c)) {
        style = Optional.of(CHARACTER_CLASSES.get(c));
      }
    }
    return style;
  }

  static boolean bold(Run run) {
    return run.bold() || run.classes().stream().anyMatch(BOLD_CLASSES::contains);
  }

  static String tableStyle(Table table) {
    return table.classes().contains(TITLE_BLOCK_CLASS) ? "Titelblock" : "Tabell";
  }

  static boolean keptWhole(Table table) {
    return table.classes().contains(WHOLE_CLASS);
  }

  static boolean rightAligned(Table.Cell cell) {
    return cell.classes().stream().anyMatch(RIGHT_ALIGNED_CLASSES::contains);
  }

  static boolean sumRow(Table.Row row) {
    return row.classes().contains(SUM_CLASS);
  }
}
