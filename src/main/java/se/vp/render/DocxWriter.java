package se.vp.render;

import se.vp.diagnostic.VpException;
import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.docx4j.Docx4jProperties;
import org.docx4j.XmlUtils;
import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.wml.Body;
import org.docx4j.wml.Style;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Severity;

/**
 * XHTML to a Word document a secretary can edit: the template's XHTML becomes paragraphs in the
 * reference document's own styles (headings, lists, tables, captions), inside its page setup,
 * header and footer. Only the reference document's look is used; the content is the template's.
 */
final class DocxWriter {

  static final String REFERENCE = "referens.docx";
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private static final java.util.concurrent.atomic.AtomicReference<Thread> WARM = new java.util.concurrent.atomic.AtomicReference<>();

  static {
    // docx4j writes a comment naming its version, the JAXB implementation, the Java version and
    // the operating system into every document; the same sources must give the same bytes on any
    // machine, and the version it reads is sometimes "null" when documents are written side by side.
    Docx4jProperties.setProperty("docx4j.jaxb.marshal.suppressVersionComment", true);
  }

  private final Path reference;
  private final String displayFolder;

  DocxWriter(Path templates, String displayFolder) {
    this.reference = templates.resolve(REFERENCE);
    this.displayFolder = displayFolder;
  }

  /**
   * Starts docx4j's JAXB contexts, which take seconds the first time, on a background thread, so
   * they are ready when the first DOCX is written. Once per process.
   */
  static void warmUp() {
    if (WARM.get() == null) {
      Thread warm = new Thread(() -> {
        try {
          Context.getWmlObjectFactory();
          XmlUtils.unmarshalString("<w:p xmlns:w=\"" + W + "\"/>");
        } catch (JAXBException | RuntimeException | LinkageError e) {
          // The real write will meet and report whatever went wrong here.
        }
      }, "vp-docx4j-start");
      warm.setDaemon(true);
      if (WARM.compareAndSet(null, warm)) {
        warm.start();
      }
    }
  }

  /**
   * Waits until docx4j has started, before a render returns: Maven closes the plugin's jars when
   * the goal ends, and the thread would fail loading its classes in front of the user.
   */
  static void awaitWarmUp() {
    Thread warm = WARM.get();
    if (warm == null) {
      return;
    }
    try {
      warm.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  byte[] write(Document xhtml, String template, Instant created) throws VpException {
    WordprocessingMLPackage pkg = load();
    try {
      MainDocumentPart main = pkg.getMainDocumentPart();
      Styles styles = new Styles(main);
      String body = new WmlBody(styles, numbering(main, styles),
          new WmlBody.Revisions("vp", DateTimeFormatter.ISO_INSTANT.format(created))).convert(xhtml);
      Body converted = ((org.docx4j.wml.Document) XmlUtils.unmarshalString(
          "<w:document xmlns:w=\"" + W + "\"><w:body>" + body + "</w:body></w:document>")).getBody();
      List<Object> content = main.getContent();
      content.clear();
      content.addAll(converted.getContent());
      Element head = (Element) xhtml.getElementsByTagNameNS("*", "head").item(0);
      fillHeaderAndFooter(pkg, WmlBody.textOfClass(xhtml, "sidhuvud"), WmlBody.textOfClass(xhtml, "sidfot"),
          WmlBody.meta(head, "vp:markering"));
      setCoreProperties(pkg, WmlBody.title(xhtml), WmlBody.meta(head, "author"), created);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pkg.save(out);
      return fixedTimes(out.toByteArray(), created);
    } catch (Docx4JException | JAXBException | IOException | RuntimeException e) {
      throw failure("Word-dokumentet kan inte skapas från mallen", template, e);
    }
  }

  private WordprocessingMLPackage load() throws VpException {
    if (!Files.isRegularFile(reference)) {
      throw failure("referensdokumentet " + REFERENCE + " saknas", REFERENCE, null);
    }
    WordprocessingMLPackage pkg;
    try {
      pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(Files.readAllBytes(reference)));
    } catch (Docx4JException | IOException | RuntimeException e) {
      throw failure("referensdokumentet kan inte läsas som ett Word-dokument", REFERENCE, e);
    }
    // docx4j leaves a part it cannot parse empty rather than failing, for instance one with a
    // DOCTYPE, which it refuses so that no entity can read a file.
    MainDocumentPart main = pkg.getMainDocumentPart();
    if (main == null || main.getJaxbElement() == null || main.getStyleDefinitionsPart() == null
        || main.getStyleDefinitionsPart().getJaxbElement() == null
        || main.getNumberingDefinitionsPart() != null && main.getNumberingDefinitionsPart().getJaxbElement() == null) {
      throw failure("referensdokumentet har en del som inte är giltig WordprocessingML (DOCTYPE och entiteter tillåts inte)",
          REFERENCE, null);
    }
    return pkg;
  }

  /** Each numbered list starts again from 1: a fresh instance of the List Number style's numbering. */
  private static WmlBody.Numbering numbering(MainDocumentPart main, Styles styles) {
    NumberingDefinitionsPart part = main.getNumberingDefinitionsPart();
    long numberStyleNumId = styles.numId("List Number").orElse(0L);
    return () -> part == null || numberStyleNumId == 0 ? Optional.empty()
        : Optional.of(part.restart(numberStyleNumId, 0, 1));
  }

  private static void fillHeaderAndFooter(WordprocessingMLPackage pkg, String header, String footer, String marking)
      throws JAXBException {
    var policy = pkg.getDocumentModel().getSections().get(0).getHeaderFooterPolicy();
    for (JaxbXmlPart<?> part : new JaxbXmlPart<?>[] {policy.getDefaultHeader(), policy.getDefaultFooter()}) {
      if (part == null) {
        continue;
      }
      String xml = XmlUtils.marshaltoString(part.getJaxbElement(), true, false)
          .replace("{sidhuvud}", WmlBody.escape(header))
          .replace("{sidfot}", WmlBody.escape(footer))
          .replace("{markering}", WmlBody.escape(marking));
      replaceContent(part, xml);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> void replaceContent(JaxbXmlPart<T> part, String xml) throws JAXBException {
    part.setJaxbElement((T) XmlUtils.unmarshalString(xml));
  }

  private static void setCoreProperties(WordprocessingMLPackage pkg, String title, String author, Instant created)
      throws JAXBException {
    String date = DateTimeFormatter.ISO_INSTANT.format(created);
    String xml = "<cp:coreProperties"
        + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        + "<dc:title>" + WmlBody.escape(title) + "</dc:title><dc:creator>" + WmlBody.escape(author) + "</dc:creator>"
        + "<dc:language>sv-SE</dc:language>"
        + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + date + "</dcterms:created>"
        + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + date + "</dcterms:modified></cp:coreProperties>";
    pkg.getDocPropsCorePart().setJaxbElement((CoreProperties) XmlUtils.unmarshalString(xml, Context.jcDocPropsCore));
  }

  /** A zip's entries carry the time they were written; the same input must give the same bytes. */
  private static byte[] fixedTimes(byte[] docx, Instant created) throws IOException {
    LocalDateTime time = LocalDateTime.ofInstant(created, ZoneOffset.UTC);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(time);
        zip.putNextEntry(copy);
        in.transferTo(zip);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private VpException failure(String message, String file, Exception cause) {
    return new VpException(new Diagnostic(Location.ofFile(displayFolder + "/" + file), Severity.FEL, Code.VP303,
        message, Optional.empty()), cause);
  }

  /** The reference document's styles by their built-in names, whatever ids a localised Word gave them. */
  static final class Styles {
    private final List<Style> styles;

    Styles(MainDocumentPart main) {
      this.styles = main.getStyleDefinitionsPart() == null ? List.of()
          : new ArrayList<>(main.getStyleDefinitionsPart().getJaxbElement().getStyle());
    }

    Optional<String> id(String name) {
      return find(name).map(Style::getStyleId);
    }

    Optional<Long> numId(String name) {
      return find(name).map(Style::getPPr)
          .map(p -> p.getNumPr())
          .map(n -> n.getNumId())
          .map(id -> id.getVal().longValue());
    }

    private Optional<Style> find(String name) {
      return styles.stream().filter(s -> s.getName() != null && name.equalsIgnoreCase(s.getName().getVal())).findFirst();
    }
  }
}
