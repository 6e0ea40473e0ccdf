package se.vp.render.pptx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFGraphicFrame;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlObject;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.PresentationMLPackage;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.PresentationML.MainPresentationPart;
import org.docx4j.openpackaging.parts.PresentationML.SlideLayoutPart;
import org.docx4j.openpackaging.parts.PresentationML.SlidePart;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumRef;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTStrRef;
import org.pptx4j.jaxb.Context;
import org.pptx4j.pml.CTGraphicalObjectFrame;
import org.w3c.dom.Element;
import se.vp.DocxConformance;
import se.vp.render.diagram.Diagram.Bar;
import se.vp.render.diagram.Diagram.Line;
import se.vp.render.diagram.Diagram.Point;
import se.vp.render.diagram.Diagram.Step;
import se.vp.render.diagram.Diagram;
import se.vp.render.diagram.DiagramReader;
import se.vp.render.writer.Xhtml;

/** The deck's diagrams as native charts: the data PowerPoint edits is the plan's, and the XML is the standard's. */
class NativeChartTest {

  private static final List<String> EXAMPLES = List.of("vattenfall", "delar", "staplar", "serie");

  @Test
  void everyKindOpensInPoiWithTheDiagramsFiguresInItsWorkbook() throws Exception {
    List<Diagram> diagrams = examples();
    byte[] deck = deck(diagrams);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/native-charts.pptx"), deck);
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(deck))) {
      assertEquals(diagrams.size(), show.getSlides().size());
      for (int i = 0; i < diagrams.size(); i++) {
        XSLFSlide slide = show.getSlides().get(i);
        List<XSLFChart> charts = slide.getRelations().stream().filter(XSLFChart.class::isInstance)
            .map(XSLFChart.class::cast).toList();
        assertEquals(1, charts.size(), EXAMPLES.get(i));
        XSLFChart chart = charts.get(0);
        assertEquals("/ppt/charts/chart" + (i + 1) + ".xml", chart.getPackagePart().getPartName().getName());
        try (XSSFWorkbook workbook = chart.getWorkbook()) {
          XSSFSheet sheet = workbook.getSheet("Blad1");
          List<List<Object>> expected = expectedSheet(diagrams.get(i));
          List<List<Object>> cells = cells(sheet);
          assertEquals(expected.size(), cells.size(), EXAMPLES.get(i));
          for (int r = 0; r < expected.size(); r++) {
            assertEquals(expected.get(r), cells.get(r).subList(0, expected.get(r).size()), EXAMPLES.get(i));
          }
          assertCachesEqual(chart, sheet);
        }
        XSLFGraphicFrame frame = (XSLFGraphicFrame) slide.getShapes().get(0);
        assertEquals("Diagram " + (i + 1), frame.getShapeName());
        assertEquals("Alt-text " + EXAMPLES.get(i), descr(frame));
      }
    }
  }

  @Test
  void theChartsAndTheirSlidesAreValidOoxml() throws Exception {
    byte[] deck = deck(examples());
    DocxConformance.assertConforms(deck, "a deck of the four charts");
    Map<String, byte[]> parts = parts(deck);
    for (int i = 1; i <= EXAMPLES.size(); i++) {
      assertTrue(parts.containsKey("ppt/charts/chart" + i + ".xml"), "chart " + i);
      byte[] workbook = parts.get("ppt/embeddings/Microsoft_Excel_Worksheet" + i + ".xlsx");
      assertEquals(List.of(), DocxConformance.violations(workbook), "workbook " + i);
      String chartRels = new String(parts.get("ppt/charts/_rels/chart" + i + ".xml.rels"), StandardCharsets.UTF_8);
      assertTrue(chartRels.contains("Target=\"../embeddings/Microsoft_Excel_Worksheet" + i + ".xlsx\"")
          && chartRels.contains("Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/package\""),
          chartRels);
    }
    String types = new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8);
    assertTrue(types.contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), types);
    assertTrue(types.contains("application/vnd.openxmlformats-officedocument.drawingml.chart+xml"), types);
  }

  @Test
  void theChartAndItsWorkbookAreTheSameBytesEveryTimeAndCarryNoClock() throws Exception {
    Map<String, byte[]> first = parts(deck(examples()));
    Map<String, byte[]> second = parts(deck(examples()));
    for (int i = 1; i <= EXAMPLES.size(); i++) {
      String chart = "ppt/charts/chart" + i + ".xml";
      assertArrayEquals(first.get(chart), second.get(chart), chart);
      String xml = new String(first.get(chart), StandardCharsets.UTF_8);
      assertEquals(3, matches(xml, "xmlns:\\w+=").size(), "only the chart's own namespaces, in one order: " + chart);
      String name = "ppt/embeddings/Microsoft_Excel_Worksheet" + i + ".xlsx";
      assertArrayEquals(first.get(name), second.get(name), name);
      try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first.get(name)))) {
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
          assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0), entry.getTimeLocal(), entry.getName());
        }
      }
    }
  }

  /**
   * A step across zero stands on a base below zero that is filled for it alone; a step wholly below
   * zero hangs from its base. The sheet holds the steps' own figures first, then what is stacked.
   */
  @Test
  void aWaterfallAcrossZeroStacksFromTheRightBase() throws Exception {
    Diagram waterfall = new Diagram.Waterfall("Mnkr", List.of(new Step("Intäkter", 10, "10", Step.Kind.VALUE),
        new Step("Kostnader", -15, "−15", Step.Kind.DECREASE), new Step("Bidrag", 3, "+3", Step.Kind.INCREASE)));
    byte[] deck = deck(List.of(waterfall));
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/native-chart-across-zero.pptx"), deck);
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(deck));
        XSSFWorkbook workbook = chart(show).getWorkbook()) {
      assertEquals(List.of(
          List.of("", "Belopp (Mnkr)", "Bas (osynlig)", "Stapel", "Etikettens läge (osynlig)"),
          List.of("Intäkter", 10.0, 0.0, 10.0, 10.0),
          List.of("Kostnader", -15.0, -5.0, 10.0, 10.0),
          List.of("Bidrag", 3.0, -2.0, -3.0, -5.0)), cells(workbook.getSheet("Blad1")));
      String xml = chart(show).getCTChartSpace().xmlText();
      assertTrue(xml.contains("<a:t>−15</a:t>") && xml.contains("<a:t>+3</a:t>"),
          "the plan's own figures label the steps");
    }
  }

  @Test
  void hostileTextFromATemplateIsEscapedAndCharactersXmlCannotHoldAreDropped() throws Exception {
    String label = "<b>&\"'\u0001\u0008x\uD800</c:v>";
    Diagram bars = new Diagram.Bars("kr & <öre>", List.of(new Bar(label, 1.5, "1,5"), new Bar("]]>", 2, "2")));
    byte[] deck = deck(List.of(bars), "\"/><p:sp>" + label);
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(deck));
        XSSFWorkbook workbook = chart(show).getWorkbook()) {
      XSLFGraphicFrame frame = (XSLFGraphicFrame) show.getSlides().get(0).getShapes().get(0);
      assertEquals(1, show.getSlides().get(0).getShapes().size());
      assertEquals("\"/><p:sp><b>&\"'x</c:v>", descr(frame));
      assertEquals(List.of(List.of("", "Belopp (kr & <öre>)"), List.of("<b>&\"'x</c:v>", 1.5), List.of("]]>", 2.0)),
          cells(workbook.getSheet("Blad1")));
    }
    assertEquals(List.of(),
        DocxConformance.violations(deck).stream().filter(v -> v.startsWith("ppt/charts/")).toList());
  }

  @Test
  void aYearALineLacksIsAnEmptyCellAndAGapNotAZero() throws Exception {
    Diagram series = new Diagram.Series("%", List.of(
        new Line("Örebro län", true, List.of(new Point(2022, 1, "1"), new Point(2024, 3, "3"))),
        new Line("Riket", false, List.of(new Point(2023, 2.25, "2,25")))), Optional.empty(), Optional.empty());
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(deck(List.of(series))));
        XSSFWorkbook workbook = chart(show).getWorkbook()) {
      List<List<Object>> cells = cells(workbook.getSheet("Blad1"));
      assertEquals(List.of(List.of("", "Örebro län", "Riket"), List.of("2022", 1.0), List.of("2023", "", 2.25),
          List.of("2024", 3.0)), cells);
      String xml = chart(show).getCTChartSpace().xmlText();
      assertTrue(xml.contains("<c:formatCode>[$-41D]#,##0.00</c:formatCode>"), "two decimals, as 2,25 has");
      assertTrue(xml.contains("<c:dispBlanksAs val=\"gap\"/>"), xml);
    }
  }

  @Test
  void anUnnamedLineIsTheOutcomeBesideItsTarget() throws Exception {
    Diagram series = new Diagram.Series("%", List.of(new Line("", true, List.of(new Point(2024, 76, "76")))),
        Optional.of(new Diagram.Target(80, 80, "Mål 80")), Optional.empty());
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(deck(List.of(series))));
        XSSFWorkbook workbook = chart(show).getWorkbook()) {
      assertEquals(List.of(List.of("", "Utfall", "Mål 80"), List.of("2024", 76.0, 80.0)),
          cells(workbook.getSheet("Blad1")));
      assertTrue(chart(show).getCTChart().isSetLegend());
      assertEquals(0, chart(show).getCTChart().getLegend().sizeOfLegendEntryArray(), "one target line, none hidden");
    }
  }

  @Test
  void aLegendOnlyWhereThereIsMoreThanOneSeries() throws Exception {
    List<Diagram> diagrams = examples();
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(deck(diagrams)))) {
      List<Boolean> legends = new ArrayList<>();
      for (XSLFSlide slide : show.getSlides()) {
        XSLFChart chart = slide.getRelations().stream().filter(XSLFChart.class::isInstance)
            .map(XSLFChart.class::cast).findFirst().orElseThrow();
        legends.add(chart.getCTChart().isSetLegend());
        assertTrue(chart.getCTChartSpace().getLang().getVal().equals("sv-SE"));
        assertTrue(chart.getCTChart().getAutoTitleDeleted().getVal(), "no title: the slide has the heading");
      }
      assertEquals(List.of(false, false, false, true), legends);
    }
  }

  /** A projected slide is read from the back of the room: no text under 14 pt, all of it Arial and Swedish. */
  @Test
  void everyTextIsAtLeastFourteenPointsArialAndSwedish() throws Exception {
    Map<String, byte[]> parts = parts(deck(examples()));
    for (int i = 1; i <= EXAMPLES.size(); i++) {
      String xml = new String(parts.get("ppt/charts/chart" + i + ".xml"), StandardCharsets.UTF_8);
      List<String> runs = matches(xml, "<a:(?:defRPr|rPr)\\b[^>]*>");
      assertTrue(runs.size() >= 4, xml);
      for (String run : runs) {
        assertTrue(run.contains("lang=\"sv-SE\""), run);
        int size = Integer.parseInt(run.replaceAll(".*\\bsz=\"(\\d+)\".*", "$1"));
        assertTrue(size >= 1400, EXAMPLES.get(i - 1) + ": " + run);
      }
      List<String> fonts = matches(xml, "<a:latin typeface=\"[^\"]*\"");
      assertEquals(runs.size(), fonts.size(), EXAMPLES.get(i - 1));
      assertTrue(fonts.stream().allMatch(f -> f.endsWith("\"Arial\"")), fonts.toString());
    }
  }

  /** The plan's own region is the strong line in the region's colour; comparisons thinner, dashed, in other colours. */
  @Test
  void theOwnLineIsStrongAndTheComparisonsLighter() throws Exception {
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(deck(List.of(examples().get(3)))))) {
      var series = chart(show).getCTChart().getPlotArea().getLineChartArray(0).getSerList();
      assertEquals(5, series.size(), "three regions and a target band's two bounds");
      var own = series.get(0).getSpPr().getLn();
      assertEquals("0B3D5C", hex(own.getSolidFill().getSrgbClr().getVal()));
      for (int i = 1; i < 3; i++) {
        var comparison = series.get(i).getSpPr().getLn();
        assertTrue(((Number) comparison.getW()).longValue() < ((Number) own.getW()).longValue(), "line " + i);
        assertTrue(!hex(comparison.getSolidFill().getSrgbClr().getVal()).equals("0B3D5C"), "line " + i);
        assertTrue(!comparison.getPrstDash().getVal().toString().equals("solid"), "line " + i);
      }
      assertEquals(List.of("6.3", "6.1"), List.of(series.get(3).getVal().getNumRef().getNumCache().getPtArray(4).getV(),
          series.get(4).getVal().getNumRef().getNumCache().getPtArray(4).getV()));
      assertTrue(series.get(0).isSetDLbls() && !series.get(1).isSetDLbls(), "only the own line carries its figures");
      var entries = chart(show).getCTChart().getLegend().getLegendEntryList();
      assertEquals(List.of(4L), entries.stream().filter(e -> e.getDelete().getVal()).map(e -> e.getIdx().getVal())
          .toList(), "the band's second bound has no legend entry of its own");
    }
  }

  /** The waterfall tells its steps apart by colour: totals in the main colour, an increase lighter, a decrease red. */
  @Test
  void aWaterfallColoursItsStepsByKindAndHidesItsBase() throws Exception {
    Diagram waterfall = new Diagram.Waterfall("Mnkr", List.of(new Step("Ram", 10, "10", Step.Kind.VALUE),
        new Step("Upp", 2, "+2", Step.Kind.INCREASE), new Step("Ned", 15, "−15", Step.Kind.DECREASE),
        new Step("Ny ram", -3, "−3", Step.Kind.TOTAL)));
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(deck(List.of(waterfall))))) {
      var bars = chart(show).getCTChart().getPlotArea().getBarChartArray(0);
      assertTrue(bars.getSerArray(0).getSpPr().isSetNoFill(), "the base is invisible");
      List<String> colours = new ArrayList<>();
      bars.getSerArray(1).getDPtList().forEach(p -> colours.add(hex(p.getSpPr().getSolidFill().getSrgbClr().getVal())));
      assertEquals(List.of("0B3D5C", "859EAE", "B4503C", "0B3D5C"), colours);
      List<Long> filledBase = new ArrayList<>();
      bars.getSerArray(0).getDPtList().forEach(p -> filledBase.add(p.getIdx().getVal()));
      assertEquals(List.of(2L), filledBase, "only the decrease from 12 to −3 crosses zero");
      assertEquals("B4503C", hex(bars.getSerArray(0).getDPtArray(0).getSpPr().getSolidFill().getSrgbClr().getVal()));
    }
  }

  /** As many bars, steps, lines and years as DiagramReader lets through, at the longest labels: valid, and quick. */
  @Test
  void theLargestDiagramsTheReaderAllowsAreValidCharts() throws Exception {
    String label = "Kompetensförsörjning och utbildning ".repeat(6).substring(0, 200);
    List<Bar> bars = new ArrayList<>();
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      bars.add(new Bar(label + i, i * 1234.5, "x"));
      steps.add(new Step(label + i, i - 20.25, "x", Step.Kind.values()[i % 4]));
    }
    List<Line> lines = new ArrayList<>();
    for (int l = 0; l < 12; l++) {
      List<Point> points = new ArrayList<>();
      for (int y = 0; y < 60; y++) {
        points.add(new Point(1970 + y, l * 0.5 + y * 0.01, "x"));
      }
      lines.add(new Line(label + l, l == 0, points));
    }
    List<Diagram> diagrams = List.of(new Diagram.Bars("Mnkr", bars), new Diagram.Waterfall("Mnkr", steps),
        new Diagram.Parts("kr", bars, Optional.of(new Bar(label, 1, "1"))), new Diagram.Series("%", lines,
            Optional.of(new Diagram.Target(1, 2, "Mål")), Optional.empty()));
    long start = System.nanoTime();
    byte[] deck = deck(diagrams);
    assertTrue(System.nanoTime() - start < 10_000_000_000L, "took " + (System.nanoTime() - start) / 1_000_000 + " ms");
    assertTrue(deck.length < 2_000_000, deck.length + " bytes");
    assertEquals(List.of(),
        DocxConformance.violations(deck).stream().filter(v -> v.startsWith("ppt/charts/")).toList());
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(deck))) {
      XSLFChart series = show.getCharts().get(3);
      assertEquals(14, series.getCTChart().getPlotArea().getLineChartArray(0).sizeOfSerArray());
      assertTrue(!series.getCTChart().getPlotArea().getLineChartArray(0).getSerArray(0).isSetDLbls(),
          "sixty figures over a line are unreadable: the own line carries them only over a few years");
      try (XSSFWorkbook workbook = show.getCharts().get(0).getWorkbook()) {
        assertEquals(label + 39, workbook.getSheet("Blad1").getRow(40).getCell(0).getStringCellValue());
        assertCachesEqual(show.getCharts().get(0), workbook.getSheet("Blad1"));
      }
    }
  }

  private static String hex(byte[] rgb) {
    return String.format("%02X%02X%02X", rgb[0], rgb[1], rgb[2]);
  }

  private static List<String> matches(String text, String regex) {
    return Pattern.compile(regex).matcher(text).results().map(MatchResult::group).toList();
  }

  /** Every category and value cache of every series is what its formula's cells hold in the workbook. */
  private static void assertCachesEqual(XSLFChart chart, XSSFSheet sheet) {
    int checked = 0;
    for (XmlObject ref : chart.getCTChartSpace().selectPath(
        "declare namespace c='http://schemas.openxmlformats.org/drawingml/2006/chart' .//c:strRef")) {
      CTStrRef str = (CTStrRef) ref;
      List<String> cells = new ArrayList<>();
      for (CellReference cell : new AreaReference(str.getF(), SpreadsheetVersion.EXCEL2007).getAllReferencedCells()) {
        cells.add(text(sheet.getRow(cell.getRow()).getCell(cell.getCol())));
      }
      List<String> cache = new ArrayList<>();
      str.getStrCache().getPtList().forEach(pt -> cache.add(pt.getV()));
      assertEquals(cells, cache, str.getF());
      assertEquals(cells.size(), str.getStrCache().getPtCount().getVal());
      checked++;
    }
    for (XmlObject ref : chart.getCTChartSpace().selectPath(
        "declare namespace c='http://schemas.openxmlformats.org/drawingml/2006/chart' .//c:numRef")) {
      CTNumRef num = (CTNumRef) ref;
      Map<Long, Double> cells = new LinkedHashMap<>();
      CellReference[] area = new AreaReference(num.getF(), SpreadsheetVersion.EXCEL2007).getAllReferencedCells();
      for (int i = 0; i < area.length; i++) {
        Cell cell = sheet.getRow(area[i].getRow()).getCell(area[i].getCol());
        if (cell != null) {
          cells.put((long) i, cell.getNumericCellValue());
        }
      }
      Map<Long, Double> cache = new LinkedHashMap<>();
      num.getNumCache().getPtList().forEach(pt -> cache.put(pt.getIdx(), Double.parseDouble(pt.getV())));
      assertEquals(cells, cache, num.getF());
      assertEquals(area.length, num.getNumCache().getPtCount().getVal());
      checked++;
    }
    assertTrue(checked >= 2, "a chart without references");
  }

  /** What the sheet's rows must start with: the categories and the diagram's figures, each as it holds them. */
  private static List<List<Object>> expectedSheet(Diagram diagram) {
    List<List<Object>> rows = new ArrayList<>();
    if (diagram instanceof Diagram.Bars bars) {
      rows.add(List.of("", "Belopp (" + bars.unit() + ")"));
      bars.bars().forEach(b -> rows.add(List.of(b.label(), b.value())));
    } else if (diagram instanceof Diagram.Parts parts) {
      rows.add(List.of("", "Belopp (" + parts.unit() + ")"));
      parts.parts().forEach(p -> rows.add(List.of(p.label(), p.value())));
    } else if (diagram instanceof Diagram.Waterfall waterfall) {
      rows.add(List.of("", "Belopp (" + waterfall.unit() + ")"));
      waterfall.steps().forEach(s -> rows.add(List.of(s.label(), s.value())));
    } else {
      Diagram.Series series = (Diagram.Series) diagram;
      List<Object> header = new ArrayList<>(List.of(""));
      series.lines().forEach(l -> header.add(l.name()));
      rows.add(header);
      for (int year : series.years()) {
        List<Object> row = new ArrayList<>(List.of(String.valueOf(year)));
        series.lines().forEach(l -> row.add(l.points().stream().filter(p -> p.year() == year).findFirst()
            .map(p -> (Object) p.value()).orElse("")));
        rows.add(row);
      }
    }
    return rows;
  }

  /** The sheet's rows as text and numbers, an empty cell as "". */
  private static List<List<Object>> cells(XSSFSheet sheet) {
    List<List<Object>> rows = new ArrayList<>();
    for (Row row : sheet) {
      List<Object> cells = new ArrayList<>();
      for (int c = 0; c < row.getLastCellNum(); c++) {
        Cell cell = row.getCell(c);
        cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue() : text(cell));
      }
      rows.add(cells);
    }
    return rows;
  }

  private static String text(Cell cell) {
    return cell.getStringCellValue();
  }

  private static XSLFChart chart(XMLSlideShow show) {
    return show.getCharts().get(0);
  }

  static List<Diagram> examples() throws Exception {
    List<Diagram> diagrams = new ArrayList<>();
    for (String name : EXAMPLES) {
      String object;
      try (InputStream in = NativeChartTest.class.getResourceAsStream("/se/vp/render/pdf/diagram/" + name + ".xhtml")) {
        object = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      String xhtml = "<html xmlns='http://www.w3.org/1999/xhtml'><body>" + object + "</body></html>";
      Element element = (Element) Xhtml.parse(xhtml, "diagram.ftlx").getElementsByTagNameNS("*", "object").item(0);
      diagrams.add(DiagramReader.read(element).orElseThrow());
    }
    return diagrams;
  }

  /** A deck of one 16:9 slide per diagram, the chart filling most of it, as the PptxWriter will place it. */
  static byte[] deck(List<Diagram> diagrams) throws Exception {
    return deck(diagrams, "Alt-text ");
  }

  private static String descr(XSLFGraphicFrame frame) {
    return ((org.openxmlformats.schemas.presentationml.x2006.main.CTGraphicalObjectFrame) frame.getXmlObject())
        .getNvGraphicFramePr().getCNvPr().getDescr();
  }

  private static byte[] deck(List<Diagram> diagrams, String altText) throws Exception {
    PresentationMLPackage pkg = PresentationMLPackage.createPackage();
    MainPresentationPart presentation =
        (MainPresentationPart) pkg.getParts().getParts().get(new PartName("/ppt/presentation.xml"));
    SlideLayoutPart layout =
        (SlideLayoutPart) pkg.getParts().getParts().get(new PartName("/ppt/slideLayouts/slideLayout1.xml"));
    for (int i = 0; i < diagrams.size(); i++) {
      SlidePart slide = PresentationMLPackage.createSlidePart(presentation, layout,
          new PartName("/ppt/slides/slide" + (i + 1) + ".xml"));
      String name = diagrams.size() == EXAMPLES.size() ? EXAMPLES.get(i) : "";
      String frame = NativeChart.add(pkg, slide, diagrams.get(i), i + 1, 2, "Diagram " + (i + 1), altText + name,
          457200, 457200, 8229600, 5029200);
      slide.getJaxbElement().getCSld().getSpTree().getSpOrGrpSpOrGraphicFrame()
          .add(XmlUtils.unmarshalString(frame, Context.jcPML, CTGraphicalObjectFrame.class));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pkg.save(out);
    return out.toByteArray();
  }

  private static Map<String, byte[]> parts(byte[] zip) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        parts.put(entry.getName(), in.readAllBytes());
      }
    }
    return parts;
  }
}
