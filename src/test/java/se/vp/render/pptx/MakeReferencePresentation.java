package se.vp.render.pptx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Made templates/referens.pptx, the PowerPoint the deck is written into: a theme in the region's
 * colours (those of tema.css and bildspel.css), a slide master with its text styles, footer and slide
 * number, and the layouts the deck uses (see {@link Layouts}), each placeholder where the PDF puts the
 * same text. The region restyles the file in PowerPoint; run this only to start over:
 * {@code java -cp target/test-classes se.vp.render.pptx.MakeReferencePresentation templates/referens.pptx}.
 */
public final class MakeReferencePresentation {

  private static final String NS = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
      + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
      + " xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";
  private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

  /** Millimetres in EMU. */
  private static long mm(double mm) {
    return Math.round(mm * 36000);
  }

  // The page and its margins, as bildspel.css has them.
  private static final double LEFT = 27;
  private static final double TOP = 16;
  private static final double WIDTH = 338.67 - 27 - 20;
  private static final double BOTTOM = 190.5 - 18;
  private static final double BODY_TOP = TOP + 38;
  private static final double GAP = 10;

  private MakeReferencePresentation() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    List<String[]> layouts = layouts();
    parts.put("[Content_Types].xml", contentTypes(layouts.size()));
    parts.put("_rels/.rels", rels(List.of(
        new String[] {"rId1", REL + "officeDocument", "ppt/presentation.xml"},
        new String[] {"rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            "docProps/core.xml"},
        new String[] {"rId3", REL + "extended-properties", "docProps/app.xml"})));
    parts.put("docProps/core.xml", "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
        + "metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Bildspel</dc:title>"
        + "<dc:language>sv-SE</dc:language></cp:coreProperties>");
    parts.put("docProps/app.xml", "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        + "extended-properties\"><Application>vp</Application></Properties>");
    parts.put("ppt/presentation.xml", "<p:presentation " + NS + " saveSubsetFonts=\"1\">"
        + "<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>"
        + "<p:notesMasterIdLst><p:notesMasterId r:id=\"rId2\"/></p:notesMasterIdLst>"
        + "<p:sldSz cx=\"12192000\" cy=\"6858000\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/>"
        + "<p:defaultTextStyle><a:defPPr><a:defRPr lang=\"sv-SE\"/></a:defPPr></p:defaultTextStyle></p:presentation>");
    parts.put("ppt/_rels/presentation.xml.rels", rels(List.of(
        new String[] {"rId1", REL + "slideMaster", "slideMasters/slideMaster1.xml"},
        new String[] {"rId2", REL + "notesMaster", "notesMasters/notesMaster1.xml"},
        new String[] {"rId3", REL + "theme", "theme/theme1.xml"},
        new String[] {"rId4", REL + "presProps", "presProps.xml"},
        new String[] {"rId5", REL + "viewProps", "viewProps.xml"},
        new String[] {"rId6", REL + "tableStyles", "tableStyles.xml"})));
    parts.put("ppt/presProps.xml", "<p:presentationPr " + NS + "/>");
    parts.put("ppt/viewProps.xml", "<p:viewPr " + NS + "><p:gridSpacing cx=\"72008\" cy=\"72008\"/></p:viewPr>");
    parts.put("ppt/tableStyles.xml", "<a:tblStyleLst xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
        + " def=\"{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}\"/>");
    parts.put("ppt/theme/theme1.xml", theme("vp"));
    parts.put("ppt/theme/theme2.xml", theme("vp anteckningar"));
    parts.put("ppt/slideMasters/slideMaster1.xml", master(layouts.size()));
    List<String[]> masterRels = new ArrayList<>();
    for (int i = 1; i <= layouts.size(); i++) {
      masterRels.add(new String[] {"rId" + i, REL + "slideLayout", "../slideLayouts/slideLayout" + i + ".xml"});
      parts.put("ppt/slideLayouts/slideLayout" + i + ".xml", layouts.get(i - 1)[1]);
      parts.put("ppt/slideLayouts/_rels/slideLayout" + i + ".xml.rels",
          rels(List.<String[]>of(new String[] {"rId1", REL + "slideMaster", "../slideMasters/slideMaster1.xml"})));
    }
    masterRels.add(new String[] {"rId" + (layouts.size() + 1), REL + "theme", "../theme/theme1.xml"});
    parts.put("ppt/slideMasters/_rels/slideMaster1.xml.rels", rels(masterRels));
    parts.put("ppt/notesMasters/notesMaster1.xml", notesMaster());
    parts.put("ppt/notesMasters/_rels/notesMaster1.xml.rels",
        rels(List.<String[]>of(new String[] {"rId1", REL + "theme", "../theme/theme2.xml"})));
    try (OutputStream file = Files.newOutputStream(Path.of(args[0]));
        ZipOutputStream zip = new ZipOutputStream(file)) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        ZipEntry entry = new ZipEntry(part.getKey());
        entry.setTimeLocal(LocalDateTime.of(2025, 1, 1, 0, 0));
        zip.putNextEntry(entry);
        zip.write((DECLARATION + part.getValue()).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
  }

  private static String contentTypes(int layouts) {
    StringBuilder types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
    String pml = "application/vnd.openxmlformats-officedocument.presentationml.";
    override(types, "/ppt/presentation.xml", pml + "presentation.main+xml");
    override(types, "/ppt/presProps.xml", pml + "presProps+xml");
    override(types, "/ppt/viewProps.xml", pml + "viewProps+xml");
    override(types, "/ppt/tableStyles.xml", pml + "tableStyles+xml");
    override(types, "/ppt/slideMasters/slideMaster1.xml", pml + "slideMaster+xml");
    for (int i = 1; i <= layouts; i++) {
      override(types, "/ppt/slideLayouts/slideLayout" + i + ".xml", pml + "slideLayout+xml");
    }
    override(types, "/ppt/notesMasters/notesMaster1.xml", pml + "notesMaster+xml");
    override(types, "/ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml");
    override(types, "/ppt/theme/theme2.xml", "application/vnd.openxmlformats-officedocument.theme+xml");
    override(types, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
    override(types, "/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
    return types.append("</Types>").toString();
  }

  private static void override(StringBuilder types, String part, String type) {
    types.append("<Override PartName=\"").append(part).append("\" ContentType=\"").append(type).append("\"/>");
  }

  private static String rels(List<String[]> rels) {
    StringBuilder xml = new StringBuilder(
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    for (String[] rel : rels) {
      xml.append("<Relationship Id=\"").append(rel[0]).append("\" Type=\"").append(rel[1]).append("\" Target=\"")
          .append(rel[2]).append("\"/>");
    }
    return xml.append("</Relationships>").toString();
  }

  /** The region's colours: text, the deep blue of headings, the pale blue of panels, and the accents of tags and charts. */
  private static String theme(String name) {
    String[][] colours = {{"dk1", "1B1B1B"}, {"lt1", "FFFFFF"}, {"dk2", "0B3D5C"}, {"lt2", "E9F0F4"},
        {"accent1", "0B3D5C"}, {"accent2", "5A7A8F"}, {"accent3", "C0392B"}, {"accent4", "35566C"},
        {"accent5", "9AB3C4"}, {"accent6", "6B4300"}, {"hlink", "0B3D5C"}, {"folHlink", "5A6E7B"}};
    StringBuilder scheme = new StringBuilder("<a:clrScheme name=\"Region\">");
    for (String[] c : colours) {
      scheme.append("<a:").append(c[0]).append("><a:srgbClr val=\"").append(c[1]).append("\"/></a:").append(c[0])
          .append(">");
    }
    scheme.append("</a:clrScheme>");
    String fonts = "<a:fontScheme name=\"Region\"><a:majorFont><a:latin typeface=\"Arial\"/><a:ea typeface=\"\"/>"
        + "<a:cs typeface=\"\"/></a:majorFont><a:minorFont><a:latin typeface=\"Arial\"/><a:ea typeface=\"\"/>"
        + "<a:cs typeface=\"\"/></a:minorFont></a:fontScheme>";
    String solid = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>";
    String line = "<a:ln w=\"9525\">" + solid + "</a:ln>";
    String formats = "<a:fmtScheme name=\"Region\"><a:fillStyleLst>" + solid + solid + solid + "</a:fillStyleLst>"
        + "<a:lnStyleLst>" + line + line + line + "</a:lnStyleLst><a:effectStyleLst>"
        + "<a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>"
        + "<a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst>" + solid + solid
        + solid + "</a:bgFillStyleLst></a:fmtScheme>";
    return "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"" + name + "\">"
        + "<a:themeElements>" + scheme + fonts + formats + "</a:themeElements></a:theme>";
  }

  private static final String GROUP = "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
      + "<p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/>"
      + "<a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>";

  /** A placeholder: its kind (empty for content), index, place in millimetres, and what its text looks like. */
  private static String placeholder(int id, String name, String type, int idx, double x, double y, double cx,
      double cy, String anchor, String listStyle, String prompt) {
    String ph = "<p:ph" + (type.isEmpty() ? "" : " type=\"" + type + "\"") + (idx > 0 ? " idx=\"" + idx + "\"" : "")
        + (type.equals("dt") || type.equals("ftr") || type.equals("sldNum") ? " sz=\"quarter\"" : "") + "/>";
    return "<p:sp><p:nvSpPr><p:cNvPr id=\"" + id + "\" name=\"" + name + "\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/>"
        + "</p:cNvSpPr><p:nvPr>" + ph + "</p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x=\"" + mm(x) + "\" y=\"" + mm(y)
        + "\"/><a:ext cx=\"" + mm(cx) + "\" cy=\"" + mm(cy) + "\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/>"
        + "</a:prstGeom></p:spPr><p:txBody><a:bodyPr vert=\"horz\" wrap=\"square\" lIns=\"0\" tIns=\"0\" rIns=\"0\""
        + " bIns=\"0\" rtlCol=\"0\" anchor=\"" + anchor + "\"><a:noAutofit/></a:bodyPr><a:lstStyle>" + listStyle
        + "</a:lstStyle><a:p>" + (prompt.isEmpty() ? "<a:endParaRPr lang=\"sv-SE\"/>"
            : "<a:r><a:rPr lang=\"sv-SE\"/><a:t>" + prompt + "</a:t></a:r>") + "</a:p></p:txBody></p:sp>";
  }

  /** A panel of colour behind a layout's text, where the PDF fills the slide's area. */
  private static String panel(int id, String name, double x, double y, double cx, double cy, String colour) {
    return "<p:sp><p:nvSpPr><p:cNvPr id=\"" + id + "\" name=\"" + name + "\"/><p:cNvSpPr/><p:nvPr userDrawn=\"1\"/>"
        + "</p:nvSpPr><p:spPr><a:xfrm><a:off x=\"" + mm(x) + "\" y=\"" + mm(y) + "\"/><a:ext cx=\"" + mm(cx)
        + "\" cy=\"" + mm(cy) + "\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:solidFill>"
        + "<a:srgbClr val=\"" + colour + "\"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr></p:sp>";
  }

  private static String level(int n, String attributes, String inner) {
    return "<a:lvl" + n + "pPr " + attributes + ">" + inner + "</a:lvl" + n + "pPr>";
  }

  private static String size(int points, String colour, boolean bold) {
    return "<a:defRPr sz=\"" + points * 100 + "\"" + (bold ? " b=\"1\"" : "") + "><a:solidFill><a:srgbClr val=\""
        + colour + "\"/></a:solidFill><a:latin typeface=\"+mn-lt\"/></a:defRPr>";
  }

  /** The footer's furniture: the text at the bottom left, the slide number at the right, the stamp at the top right. */
  private static String furniture(int firstId) {
    String small = level(1, "algn=\"l\"", size(12, "5A6E7B", false));
    return placeholder(firstId, "Sidfot", "ftr", 11, LEFT, BOTTOM + 5, 230, 8, "t", small, "")
        + placeholder(firstId + 1, "Bildnummer", "sldNum", 12, 338.67 - 20 - 30, BOTTOM + 5, 30, 8, "t",
            level(1, "algn=\"r\"", size(12, "5A6E7B", false)), "")
        + placeholder(firstId + 2, "Markering", "body", 20, 338.67 - 20 - 100, 5, 100, 8, "b",
            level(1, "marL=\"0\" indent=\"0\" algn=\"r\"", "<a:buNone/>" + size(12, "9A2A1A", true)), "Markering");
  }

  private static String master(int layouts) {
    StringBuilder ids = new StringBuilder("<p:sldLayoutIdLst>");
    for (int i = 1; i <= layouts; i++) {
      ids.append("<p:sldLayoutId id=\"").append(2147483648L + i).append("\" r:id=\"rId").append(i).append("\"/>");
    }
    ids.append("</p:sldLayoutIdLst>");
    String spacing = "<a:lnSpc><a:spcPct val=\"113000\"/></a:lnSpc><a:spcBef><a:spcPts val=\"0\"/></a:spcBef>"
        + "<a:spcAft><a:spcPts val=\"620\"/></a:spcAft>";
    String text = "<a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill><a:latin typeface=\"+mn-lt\"/>";
    String body = level(1, "marL=\"432000\" indent=\"-324000\" algn=\"l\"", spacing
        + "<a:buFont typeface=\"Arial\"/><a:buChar char=\"•\"/><a:defRPr sz=\"2200\">" + text + "</a:defRPr>")
        + level(2, "marL=\"864000\" indent=\"-324000\" algn=\"l\"", spacing
            + "<a:buFont typeface=\"Arial\"/><a:buChar char=\"–\"/><a:defRPr sz=\"2000\">" + text + "</a:defRPr>")
        + level(3, "marL=\"1296000\" indent=\"-324000\" algn=\"l\"", spacing
            + "<a:buFont typeface=\"Arial\"/><a:buChar char=\"–\"/><a:defRPr sz=\"1800\">" + text + "</a:defRPr>");
    String title = level(1, "algn=\"l\"", "<a:lnSpc><a:spcPct val=\"100000\"/></a:lnSpc><a:buNone/>"
        + "<a:defRPr sz=\"3000\" b=\"1\"><a:solidFill><a:schemeClr val=\"tx2\"/></a:solidFill>"
        + "<a:latin typeface=\"+mj-lt\"/></a:defRPr>");
    return "<p:sldMaster " + NS + "><p:cSld><p:bg><p:bgPr><a:solidFill><a:schemeClr val=\"bg1\"/></a:solidFill>"
        + "<a:effectLst/></p:bgPr></p:bg><p:spTree>" + GROUP
        + placeholder(2, "Rubrik", "title", 0, LEFT, TOP, WIDTH, 30, "t", "", "Klicka för att ändra rubrik")
        + placeholder(3, "Innehåll", "body", 1, LEFT, BODY_TOP, WIDTH, BOTTOM - BODY_TOP, "t", "",
            "Klicka för att ändra text")
        + furniture(4) + "</p:spTree></p:cSld>"
        + "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\""
        + " accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\""
        + " folHlink=\"folHlink\"/>" + ids + "<p:txStyles><p:titleStyle>" + title + "</p:titleStyle><p:bodyStyle>"
        + body + "</p:bodyStyle><p:otherStyle>" + level(1, "", "<a:defRPr sz=\"1800\">" + text + "</a:defRPr>")
        + "</p:otherStyle></p:txStyles></p:sldMaster>";
  }

  private static String layout(String type, String name, String shapes) {
    return "<p:sldLayout " + NS + " type=\"" + type + "\" preserve=\"1\"><p:cSld name=\"" + name + "\"><p:spTree>"
        + GROUP + shapes + furniture(90) + "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>"
        + "</p:sldLayout>";
  }

  private static String title(double y, double cy) {
    return placeholder(2, "Rubrik", "title", 0, LEFT, y, WIDTH, cy, "t", "", "");
  }

  private static String subtitle() {
    return placeholder(3, "Underrubrik", "body", 13, LEFT, TOP + 31, WIDTH, 10, "t",
        level(1, "marL=\"0\" indent=\"0\"", "<a:spcAft><a:spcPts val=\"0\"/></a:spcAft><a:buNone/>"
            + size(20, "35566C", false)), "Underrubrik");
  }

  private static String content(int id, int idx, double x, double cx, String prompt) {
    return placeholder(id, "Innehåll " + idx, "", idx, x, BODY_TOP, cx, BOTTOM - BODY_TOP, "t", "", prompt);
  }

  /** The layouts by the names the writer looks for them, in the order the master lists them. */
  static List<String[]> layouts() {
    double half = (WIDTH - GAP) / 2;
    double third = (WIDTH - 2 * GAP) / 3;
    String white = level(1, "", size(40, "FFFFFF", true));
    List<String[]> layouts = new ArrayList<>();
    layouts.add(new String[] {Layouts.TITEL, layout("title", Layouts.TITEL,
        panel(10, "Yta", LEFT, TOP, WIDTH, 156, "0B3D5C")
            + placeholder(2, "Rubrik", "ctrTitle", 0, LEFT + 12, TOP + 40, WIDTH - 24, 45, "t", white, "")
            + placeholder(3, "Underrubrik", "subTitle", 1, LEFT + 12, TOP + 88, WIDTH - 24, 20, "t",
                level(1, "marL=\"0\" indent=\"0\" algn=\"l\"", "<a:buNone/>" + size(22, "D6E4ED", false)), ""))});
    layouts.add(new String[] {Layouts.AVSNITT, layout("secHead", Layouts.AVSNITT,
        panel(10, "Yta", LEFT, TOP, WIDTH, 156, "E9F0F4")
            + placeholder(2, "Rubrik", "title", 0, LEFT + 12, TOP + 10, WIDTH - 24, 30, "t",
                level(1, "", "<a:defRPr sz=\"3600\" b=\"1\"/>"), "")
            + subtitle()
            + placeholder(4, "Kapitel", "body", 1, LEFT + 12, TOP + 48, WIDTH - 24, 100, "t",
                level(1, "marL=\"432000\" indent=\"-432000\"", "<a:buFont typeface=\"Arial\"/>"
                    + "<a:buAutoNum type=\"arabicPeriod\"/>" + size(20, "5A7A8F", false)), ""))});
    layouts.add(new String[] {Layouts.INNEHALL, layout("obj", Layouts.INNEHALL,
        title(TOP, 30) + subtitle() + content(4, 1, LEFT, WIDTH, "Klicka för att lägga till text"))});
    layouts.add(new String[] {Layouts.TVA_SPALTER, layout("twoObj", Layouts.TVA_SPALTER,
        title(TOP, 30) + subtitle() + content(4, 1, LEFT, half, "") + content(5, 2, LEFT + half + GAP, half, ""))});
    layouts.add(new String[] {Layouts.TRE_SPALTER, layout("cust", Layouts.TRE_SPALTER,
        title(TOP, 30) + subtitle() + content(4, 1, LEFT, third, "") + content(5, 2, LEFT + third + GAP, third, "")
            + content(6, 3, LEFT + 2 * (third + GAP), third, ""))});
    layouts.add(new String[] {Layouts.NYCKELTAL, layout("cust", Layouts.NYCKELTAL,
        title(TOP, 30) + subtitle() + content(4, 1, LEFT, half, "") + content(5, 2, LEFT + half + GAP, half, ""))});
    layouts.add(new String[] {Layouts.TABELL, layout("tbl", Layouts.TABELL,
        title(TOP, 30) + subtitle() + content(4, 1, LEFT, WIDTH, ""))});
    layouts.add(new String[] {Layouts.DIAGRAM, layout("chart", Layouts.DIAGRAM,
        title(TOP, 30) + subtitle() + content(4, 1, LEFT, WIDTH, ""))});
    layouts.add(new String[] {Layouts.AVSLUTNING, layout("titleOnly", Layouts.AVSLUTNING,
        placeholder(2, "Rubrik", "title", 0, LEFT, TOP + 45, WIDTH, 30, "t",
            level(1, "", "<a:defRPr sz=\"4000\" b=\"1\"/>"), ""))});
    return layouts;
  }

  private static String notesMaster() {
    return "<p:notesMaster " + NS + "><p:cSld><p:spTree>" + GROUP
        + placeholder(2, "Bild", "sldImg", 2, 20, 20, 150.5, 84.7, "t", "", "").replaceAll("<p:txBody>.*</p:txBody>", "")
        + placeholder(3, "Anteckningar", "body", 3, 20, 115, 150.5, 120, "t", "", "")
        + "</p:spTree></p:cSld><p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\""
        + " accent2=\"accent2\" accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\""
        + " hlink=\"hlink\" folHlink=\"folHlink\"/><p:notesStyle>"
        + level(1, "marL=\"0\" algn=\"l\"", "<a:defRPr sz=\"1200\"><a:solidFill><a:schemeClr val=\"tx1\"/>"
            + "</a:solidFill><a:latin typeface=\"+mn-lt\"/></a:defRPr>")
        + "</p:notesStyle></p:notesMaster>";
  }
}
