package se.vp.render.pdf;

import se.vp.diagnostic.VpException;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpSerializer;
import org.w3c.dom.Document;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Severity;
import se.vp.render.pdf.diagram.DiagramDrawerFactory;
import se.vp.render.writer.DocumentWriter;
import se.vp.render.writer.OutputFile;
import se.vp.render.writer.TemplateOutput;
import se.vp.text.Fonts;

/**
 * XHTML to PDF through openhtmltopdf on PDFBox: tagged (PDF/UA-1) and archivable with its structure
 * (PDF/A-2a, the tree mended by {@link StructureTree}), with the {@link Fonts} embedded, resources
 * read from templates/ only, and the same bytes every time for the same input (fixed dates, an id
 * derived from the content). With previews, also a PNG of every page in förhandsvisning/.
 */
public final class PdfWriter implements DocumentWriter {

  /** The folder in output/ with a PNG of every page, when previews are asked for. */
  public static final String PREVIEWS = "förhandsvisning";

  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  static {
    // openhtmltopdf logs every stylesheet and font it loads; a user sees vp's own lines only.
    XRLog.setLoggingEnabled(false);
  }

  private final Path templates;
  private final String displayFolder;
  private final boolean previews;

  public PdfWriter(Path templates, String displayFolder, boolean previews) {
    this.templates = templates.toAbsolutePath().normalize();
    this.displayFolder = displayFolder;
    this.previews = previews;
  }

  @Override
  public String name() {
    return "PDF";
  }

  @Override
  public List<OutputFile> write(TemplateOutput document) throws VpException {
    byte[] pdf = pdf(document.xhtml(), document.template(), document.created());
    List<OutputFile> files = new ArrayList<>(List.of(new OutputFile(document.fileName() + ".pdf", pdf)));
    if (previews) {
      List<byte[]> pages = Previews.pages(pdf);
      for (int i = 0; i < pages.size(); i++) {
        files.add(new OutputFile(PREVIEWS + "/" + document.fileName() + "-" + (i + 1) + ".png", pages.get(i)));
      }
    }
    return files;
  }

  private byte[] pdf(Document source, String template, Instant created) throws VpException {
    Document xhtml = (Document) source.cloneNode(true);
    Glyphs.requirePrintable(xhtml, displayFolder + "/" + template);
    LineBreaks.keepQuotesWithWords(xhtml);
    Glyphs.useFallback(xhtml);
    StructureTree.markLayoutTables(xhtml);
    List<String> refused = new ArrayList<>();
    List<Diagnostic> badImages = new ArrayList<>();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.usePdfUaAccessibility(true);
    builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
    builder.useObjectDrawerFactory(new DiagramDrawerFactory());
    builder.useColorProfile(SRGB);
    builder.withProducer("vp");
    builder.withDiagnosticConsumer(diagnostic -> { });
    Fonts.MAIN.forEach(face -> register(builder, face));
    Fonts.FALLBACK.forEach(face -> register(builder, face));
    builder.useExternalResourceAccessControl((uri, type) -> {
      boolean allowed = insideTemplates(uri);
      if (!allowed) {
        refused.add(uri);
      } else if (type == ExternalResourceType.IMAGE_RASTER) {
        Optional<Diagnostic> bad = Images.check(Path.of(URI.create(uri)), templates, displayFolder);
        bad.ifPresent(badImages::add);
        allowed = bad.isEmpty();
      }
      return allowed;
    }, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    builder.withW3cDocument(xhtml, templates.toUri().toString());
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      PDDocument document = renderer.createPDFKeepOpen();
      if (!badImages.isEmpty()) {
        throw new VpException(badImages.get(0), null);
      }
      if (!refused.isEmpty()) {
        throw new VpException(new Diagnostic(Location.ofFile(displayFolder + "/" + template), Severity.FEL, Code.VP302,
            "mallen hämtar " + shortened(refused.get(0)) + ", som ligger utanför " + displayFolder + "/",
            Optional.of("lägg filen i " + displayFolder + "/ och hänvisa till den med en relativ sökväg")), null);
      }
      StructureTree.mend(document);
      fixDates(document, created);
      document.setDocumentId(contentId(xhtml));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      document.close();
      return out.toByteArray();
    } catch (IOException | RuntimeException e) {
      throw new VpException(new Diagnostic(Location.ofFile(displayFolder + "/" + template), Severity.FEL, Code.VP303,
          "PDF kan inte skapas från mallen: " + e.getMessage(), Optional.empty()), e);
    }
  }

  /** A resource's address as a finding names it: a data: URI can be a megabyte of picture. */
  private static String shortened(String uri) {
    return uri.length() <= 100 ? uri : uri.substring(0, 100) + "…";
  }

  private static void register(PdfRendererBuilder builder, Fonts.Face face) {
    builder.useFont(() -> new ByteArrayInputStream(FONT_FILES.computeIfAbsent(face, PdfWriter::withoutGsub)),
        face.family(), face.weight(), face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
  }

  private static final Map<Fonts.Face, byte[]> FONT_FILES = new ConcurrentHashMap<>();

  /**
   * The font file with its glyph substitution table (GSUB) hidden. PDFBox applies GSUB to every
   * piece of text it writes by compiling a regular expression over all the font's ligatures, which
   * made up most of a render's time; Swedish text needs no substitution (å, ä and ö are glyphs of
   * their own), and without ligatures the text is also extracted and read aloud exactly as written.
   * Renaming the table's tag in the table directory makes it unknown to PDFBox; the subset embedded
   * in the PDF never carries it.
   */
  private static byte[] withoutGsub(Fonts.Face face) {
    byte[] font = Fonts.read(face);
    ByteBuffer table = ByteBuffer.wrap(font);
    int tables = Short.toUnsignedInt(table.getShort(4));
    for (int i = 0; i < tables; i++) {
      int record = 12 + 16 * i;
      if (table.getInt(record) == GSUB) {
        table.putInt(record, HIDDEN_GSUB);
      }
    }
    return font;
  }

  private static final int GSUB = tag("GSUB");
  private static final int HIDDEN_GSUB = tag("GSUA");

  private static int tag(String tag) {
    return ByteBuffer.wrap(tag.getBytes(StandardCharsets.US_ASCII)).getInt();
  }

  private boolean insideTemplates(String uri) {
    try {
      URI parsed = URI.create(uri);
      if (!"file".equals(parsed.getScheme())) {
        return false;
      }
      Path path = Path.of(parsed).toAbsolutePath().normalize();
      return path.startsWith(templates) && (!Files.exists(path) || path.toRealPath().startsWith(templates.toRealPath()));
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }

  /** The creation date in the info dictionary and in XMP is the plan's, not the clock's. */
  private static void fixDates(PDDocument document, Instant created) throws IOException {
    Calendar date = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    date.setTimeInMillis(created.toEpochMilli());
    document.getDocumentInformation().setCreationDate(date);
    document.getDocumentInformation().setModificationDate(null);
    PDMetadata metadata = document.getDocumentCatalog().getMetadata();
    if (metadata == null) {
      return;
    }
    try {
      XMPMetadata xmp = new DomXmpParser().parse(metadata.toByteArray());
      XMPBasicSchema basic = xmp.getXMPBasicSchema();
      if (basic == null) {
        basic = xmp.createAndAddXMPBasicSchema();
      }
      basic.setCreateDate(date);
      ByteArrayOutputStream serialized = new ByteArrayOutputStream();
      new XmpSerializer().serialize(xmp, serialized, true);
      document.getDocumentCatalog().setMetadata(new PDMetadata(document, new ByteArrayInputStream(serialized.toByteArray())));
    } catch (Exception e) {
      throw new IOException("XMP-metadata kan inte skrivas", e);
    }
  }

  /**
   * The PDF's file identifier, from its text: the same document always gets the same one, however
   * a template lays out its markup.
   */
  private static long contentId(Document xhtml) {
    try {
      String text = ContentText.of(xhtml);
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
