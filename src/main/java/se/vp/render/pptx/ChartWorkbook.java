package se.vp.render.pptx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import se.vp.render.ooxml.PackageParts;

/**
 * The workbook PowerPoint opens on "Redigera data": the least SpreadsheetML that Excel, LibreOffice
 * and POI read, written by hand rather than through a spreadsheet library, so that the same sheet
 * gives the same bytes. Text goes in as inline strings, which spares a shared-string table; without
 * xml:space, which the schema does not allow there, as the reader has trimmed every label already.
 */
final class ChartWorkbook {

  /** The zip format's earliest time, read the same in every time zone: no clock gets into the file. */
  private static final LocalDateTime TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String TYPES = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

  private ChartWorkbook() {}

  static byte[] write(ChartSheet sheet) {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + TYPES + "sheet.main+xml\"/>"
        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + TYPES + "worksheet+xml\"/>"
        + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + TYPES + "styles+xml\"/></Types>");
    parts.put("_rels/.rels", "<Relationships xmlns=\"" + PACKAGE_REL + "\"><Relationship Id=\"rId1\" Type=\"" + REL
        + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    parts.put("xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets><sheet name=\""
        + ChartSheet.SHEET + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    parts.put("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + PACKAGE_REL + "\">"
        + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/></Relationships>");
    parts.put("xl/worksheets/sheet1.xml", worksheet(sheet));
    parts.put("xl/styles.xml", "<styleSheet xmlns=\"" + MAIN + "\">"
        + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Arial\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        ZipEntry entry = new ZipEntry(part.getKey());
        entry.setTimeLocal(TIME);
        zip.putNextEntry(entry);
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + part.getValue())
            .getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("a zip in memory cannot fail", e);
    }
    return out.toByteArray();
  }

  private static String worksheet(ChartSheet sheet) {
    int rows = sheet.categories().size() + 1;
    String last = ChartSheet.letter(sheet.columns().size()) + rows;
    StringBuilder xml = new StringBuilder("<worksheet xmlns=\"" + MAIN + "\"><dimension ref=\"A1:" + last + "\"/>"
        + "<cols><col min=\"1\" max=\"1\" width=\"40\" customWidth=\"1\"/>");
    if (!sheet.columns().isEmpty()) {
      xml.append("<col min=\"2\" max=\"").append(sheet.columns().size() + 1)
          .append("\" width=\"16\" customWidth=\"1\"/>");
    }
    xml.append("</cols><sheetData><row r=\"1\">");
    for (int c = 0; c < sheet.columns().size(); c++) {
      text(xml, ChartSheet.letter(c + 1) + 1, sheet.columns().get(c).name());
    }
    xml.append("</row>");
    for (int r = 0; r < sheet.categories().size(); r++) {
      int row = r + 2;
      xml.append("<row r=\"").append(row).append("\">");
      text(xml, "A" + row, sheet.categories().get(r));
      for (int c = 0; c < sheet.columns().size(); c++) {
        OptionalDouble value = sheet.columns().get(c).values().get(r);
        if (value.isPresent()) {
          xml.append("<c r=\"").append(ChartSheet.letter(c + 1)).append(row).append("\"><v>")
              .append(ChartSheet.number(value.getAsDouble())).append("</v></c>");
        }
      }
      xml.append("</row>");
    }
    return xml.append("</sheetData></worksheet>").toString();
  }

  private static void text(StringBuilder xml, String cell, String text) {
    xml.append("<c r=\"").append(cell).append("\" t=\"inlineStr\"><is><t>")
        .append(PackageParts.escape(text)).append("</t></is></c>");
  }
}
