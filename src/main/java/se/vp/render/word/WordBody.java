package se.vp.render.word;

import static se.vp.render.ooxml.PackageParts.escape;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.vp.diagnostic.OneLine;
import se.vp.render.blocks.Block;
import se.vp.render.blocks.Division;
import se.vp.render.blocks.ItemList;
import se.vp.render.blocks.Paragraph;
import se.vp.render.blocks.Run;
import se.vp.render.blocks.Table;
import se.vp.text.Fonts;

/**
 * Writes blocks as the body of a Word document (WordprocessingML), in the styles {@link WordStyles}
 * names: each ol restarting at 1, tables across their share of the text width with a repeated
 * header row, ins and del as tracked changes.
 */
final class WordBody {

  /** A style's id in the reference document, by its built-in name. */
  interface StyleIds {
    Optional<String> id(String name);
  }

  /** A fresh numbering instance for one numbered list. */
  interface Numbering {
    Optional<Long> restart();
  }

  /**
   * Who and when for Word's tracked changes that the template did not sign, and how a signature the
   * template wrote is taken: its author kept to one line of {@value #MAX_AUTHOR} printable
   * characters, its time only as xsd:dateTime, else the defaults.
   */
  record Revisions(String author, String date) {

    /** As long as the change report lets a commit's author be. */
    static final int MAX_AUTHOR = 100;

    private static final Pattern DATE_TIME =
        Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})");

    String author(Run run) {
      String signed = run.signed().map(s -> OneLine.stripped(s.author(), MAX_AUTHOR)).orElse("");
      return signed.isEmpty() ? author : signed;
    }

    String date(Run run) {
      return run.signed().map(Run.Signed::datetime).filter(Revisions::isDateTime).orElse(date);
    }

    private static boolean isDateTime(String text) {
      if (text.length() > 40 || !DATE_TIME.matcher(text).matches()) {
        return false;
      }
      try {
        OffsetDateTime.parse(text);
        return true;
      } catch (DateTimeParseException e) {
        return false;
      }
    }
  }

  private static final String RIGHT = "<w:jc w:val=\"right\"/>";
  private static final String TABLE_END = "</w:tbl>";
  private static final String SPACER = "<w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr></w:p>";
  /** The room between a table and the text after it, which the spacer paragraph gave before. */
  private static final String ROOM_AFTER_TABLE = "<w:spacing w:before=\"160\"/>";
  /** w:tblLook's bitmask (ISO 29500-1 §17.7.6): the look of the first and last row, no banding. */
  private static final int FIRST_ROW = 0x0020;
  private static final int LAST_ROW = 0x0040;
  private static final int NO_BANDING = 0x0200 | 0x0400;
  /** A layout table's own borders, over whatever its table style draws. */
  private static final String NO_BORDERS = "<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/>"
      + "<w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/>"
      + "</w:tblBorders>";
  private static final String FALLBACK_FONT = String.format(
      "<w:rFonts w:ascii=\"%1$s\" w:hAnsi=\"%1$s\" w:eastAsia=\"%1$s\" w:cs=\"%1$s\"/>", Fonts.FALLBACK_FAMILY);

  private final StyleIds styles;
  private final Numbering numbering;
  private final Revisions revisions;
  private final int textWidthTwips;
  private final StringBuilder out = new StringBuilder();
  private int revision;
  private boolean afterTable;
  /** While the rows of a table kept on one page are written: each paragraph kept with the next. */
  private boolean keepWithNext;
  /** The text of the last heading written, which names a table that has no caption. */
  private String lastHeading = "";

  WordBody(StyleIds styles, Numbering numbering, Revisions revisions, int textWidthTwips) {
    this.styles = styles;
    this.numbering = numbering;
    this.revisions = revisions;
    this.textWidthTwips = textWidthTwips;
  }

  String write(List<Block> blocks) {
    blocks.forEach(this::block);
    endAfterTable();
    return out.toString();
  }

  /**
   * Word needs a paragraph between two tables, else it joins them, and after a table that ends a
   * cell or the body; nowhere else, so no empty line follows a table.
   */
  private void endAfterTable() {
    if (endsWithTable()) {
      out.append(SPACER);
      afterTable = false;
    }
  }

  /** Looks at the end only: searching back for the last table's end took minutes in a table of thousands of cells. */
  private boolean endsWithTable() {
    int end = out.length() - TABLE_END.length();
    return end >= 0 && out.indexOf(TABLE_END, end) == end;
  }

  private void block(Block block) {
    if (WordStyles.skipped(block.classes())) {
      return;
    }
    if (block instanceof Paragraph p) {
      paragraph(WordStyles.paragraphStyle(p), p.runs(), "");
      if (p.kind().headingLevel() > 0) {
        lastHeading = text(p.runs());
      }
    } else if (block instanceof ItemList list) {
      list(list, 0);
    } else if (block instanceof Table table) {
      table(table);
    } else if (block instanceof Division division) {
      division.blocks().forEach(this::block);
    }
  }

  private void list(ItemList list, int depth) {
    Optional<Long> numId = list.ordered() ? numbering.restart() : Optional.empty();
    String numbered = numId.map(id -> "<w:numPr><w:ilvl w:val=\"" + depth + "\"/><w:numId w:val=\"" + id
        + "\"/></w:numPr>").orElse("");
    for (ItemList.Item item : list.items()) {
      paragraph(WordStyles.listStyle(list, depth), item.runs(), numbered);
      item.lists().forEach(nested -> list(nested, depth + 1));
    }
  }

  private void table(Table table) {
    endAfterTable();
    paragraph("caption", table.caption(), "");
    boolean data = !table.layout();
    boolean header = data && table.rows().stream().anyMatch(Table.Row::header);
    boolean lastIsSum = data && WordStyles.sumRow(table.rows().get(table.rows().size() - 1));
    int look = (header ? FIRST_ROW : 0) | (lastIsSum ? LAST_ROW : 0) | NO_BANDING;
    out.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"").append(styleId(WordStyles.tableStyle(table)))
        .append("\"/><w:tblW w:w=\"").append(Math.round(5000 * table.width())).append("\" w:type=\"pct\"/>")
        .append(data ? "" : NO_BORDERS)
        .append("<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"").append(String.format("%04X", look))
        .append("\" w:firstRow=\"").append(header ? 1 : 0).append("\" w:lastRow=\"").append(lastIsSum ? 1 : 0)
        .append("\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>");
    // Alternative text, which a screen reader gives before the cells and Word shows under Alt Text.
    if (data) {
      out.append("<w:tblCaption w:val=\"").append(escape(TableText.caption(table, lastHeading)))
          .append("\"/><w:tblDescription w:val=\"").append(escape(TableText.description(table))).append("\"/>");
    }
    out.append("</w:tblPr><w:tblGrid>");
    int[] twips = new int[table.columns().size()];
    for (int i = 0; i < twips.length; i++) {
      twips[i] = (int) Math.round(textWidthTwips * table.width() * table.columns().get(i));
      out.append("<w:gridCol w:w=\"").append(twips[i]).append("\"/>");
    }
    out.append("</w:tblGrid>");
    boolean whole = WordStyles.keptWhole(table);
    Table.Row last = table.rows().get(table.rows().size() - 1);
    for (Table.Row row : table.rows()) {
      // Word keeps a table on one page only through its paragraphs, each kept with the next; the
      // last row's are not, or the table would pull the text after it along.
      boolean outer = keepWithNext;
      keepWithNext = whole && row != last;
      out.append("<w:tr>").append(header && row.header() ? "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
          : "<w:trPr><w:cantSplit/></w:trPr>");
      int column = 0;
      for (Table.Cell cell : row.cells()) {
        int width = 0;
        for (int c = column; c < Math.min(column + cell.columns(), twips.length); c++) {
          width += twips[c];
        }
        column += cell.columns();
        cell(cell, width);
      }
      keepWithNext = outer;
      out.append("</w:tr>");
    }
    out.append(TABLE_END);
    afterTable = true;
  }

  /** A cell holds at least one paragraph, as Word requires; its loose text is aligned as the cell says. */
  private void cell(Table.Cell cell, int widthTwips) {
    out.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(widthTwips).append("\" w:type=\"dxa\"/>");
    if (cell.columns() > 1) {
      out.append("<w:gridSpan w:val=\"").append(cell.columns()).append("\"/>");
    }
    out.append("</w:tcPr>");
    int before = out.length();
    String align = WordStyles.rightAligned(cell) ? RIGHT : "";
    for (Block block : cell.blocks()) {
      if (block instanceof Paragraph p && p.kind() == Paragraph.Kind.TEXT) {
        // A line break in a cell is a paragraph of its own, as a secretary editing the cell expects.
        lines(p.runs()).forEach(line -> paragraph(WordStyles.NORMAL, line, align));
      } else {
        block(block);
      }
    }
    endAfterTable();
    if (out.indexOf("<w:p", before) < 0) {
      out.append(keepWithNext ? "<w:p><w:pPr><w:keepNext/></w:pPr></w:p>" : "<w:p/>");
    }
    out.append("</w:tc>");
  }

  /** The text of runs as one line, as it reads after the changes a change report marks. */
  static String text(List<Run> runs) {
    return runs.stream().filter(run -> run.change() != Run.Change.DELETED)
        .map(run -> run.lineBreak() ? " " : run.text()).collect(Collectors.joining())
        .replaceAll("\\s+", " ").strip();
  }

  /** The runs between line breaks. */
  private static List<List<Run>> lines(List<Run> runs) {
    List<List<Run>> lines = new ArrayList<>(List.of(new ArrayList<>()));
    for (Run run : runs) {
      if (run.lineBreak()) {
        lines.add(new ArrayList<>());
      } else {
        lines.get(lines.size() - 1).add(run);
      }
    }
    return lines;
  }

  /** One paragraph; nothing is written when it has no text. */
  private void paragraph(String style, List<Run> runs, String properties) {
    if (runs.isEmpty()) {
      return;
    }
    // Headings and captions keep the room their style gives before them.
    String room = afterTable && !style.startsWith("heading") && !style.equals("caption") ? ROOM_AFTER_TABLE : "";
    afterTable = false;
    out.append("<w:p><w:pPr>");
    if (!style.equals(WordStyles.NORMAL)) {
      out.append("<w:pStyle w:val=\"").append(styleId(style)).append("\"/>");
    }
    if (keepWithNext) {
      out.append("<w:keepNext/>");
    }
    // In the order the schema gives: style, keep with next, numbering, then spacing, then alignment.
    out.append(properties.startsWith("<w:jc") ? room + properties : properties + room).append("</w:pPr>");
    shown(runs).forEach(this::run);
    out.append("</w:p>");
  }

  /**
   * The runs Word shows: not those it leaves out (the change report's words for a screen reader in
   * the PDF), and runs of one look that these stood between joined again, so a deleted " ett" is
   * one tracked change and not two.
   */
  private static List<Run> shown(List<Run> runs) {
    List<Run> shown = new ArrayList<>();
    for (Run run : runs) {
      if (WordStyles.skipped(run.classes())) {
        continue;
      }
      Run last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
      if (last != null && !last.lineBreak() && !run.lineBreak() && last.bold() == run.bold()
          && last.italic() == run.italic() && last.change() == run.change() && last.classes().equals(run.classes())
          && last.signed().equals(run.signed())) {
        shown.set(shown.size() - 1, new Run(last.text() + run.text(), false, run.bold(), run.italic(), run.change(),
            run.classes(), run.signed()));
      } else {
        shown.add(run);
      }
    }
    return shown;
  }

  private void run(Run run) {
    boolean tracked = run.change() != Run.Change.NONE;
    boolean inserted = run.change() == Run.Change.INSERTED;
    if (tracked) {
      out.append(inserted ? "<w:ins" : "<w:del").append(" w:id=\"").append(++revision)
          .append("\" w:author=\"").append(escape(revisions.author(run))).append("\" w:date=\"")
          .append(revisions.date(run)).append("\">");
    }
    String text = run.change() == Run.Change.DELETED ? "w:delText" : "w:t";
    if (run.lineBreak()) {
      out.append("<w:r>");
      properties(run, false);
      out.append("<w:br/></w:r>");
    } else {
      for (Fonts.Piece piece : Fonts.pieces(run.text())) {
        out.append("<w:r>");
        properties(run, piece.fallback());
        out.append("<").append(text).append(" xml:space=\"preserve\">").append(escape(piece.text()))
            .append("</").append(text).append("></w:r>");
      }
    }
    if (tracked) {
      out.append(inserted ? "</w:ins>" : "</w:del>");
    }
  }

  /**
   * A run's character style and formatting, and the fallback font for characters the main fonts
   * lack (⇒), named for every script Word tells apart, so Word shows them as the PDF does.
   */
  private void properties(Run run, boolean fallback) {
    Optional<String> style = WordStyles.characterStyle(run);
    boolean bold = WordStyles.bold(run);
    if (bold || run.italic() || style.isPresent() || fallback) {
      out.append("<w:rPr>");
      style.ifPresent(s -> out.append("<w:rStyle w:val=\"").append(styleId(s)).append("\"/>"));
      out.append(fallback ? FALLBACK_FONT : "").append(bold ? "<w:b/>" : "").append(run.italic() ? "<w:i/>" : "")
          .append("</w:rPr>");
    }
  }

  /** A style the reference document lacks falls back to Normal, so a restyled reference never breaks a render. */
  private String styleId(String name) {
    return styles.id(name).orElse(WordStyles.NORMAL);
  }
}
