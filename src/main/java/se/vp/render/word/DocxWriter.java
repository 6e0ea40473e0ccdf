package se.vp.render.word;

import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.docx4j.Docx4jProperties;
import org.docx4j.XmlUtils;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.wml.Body;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Severity;
import se.vp.diagnostic.VpException;
import se.vp.render.blocks.BlockDocument;
import se.vp.render.blocks.Metadata;
import se.vp.render.ooxml.PackageParts;
import se.vp.render.ooxml.ReferenceCleaner;
import se.vp.render.writer.DocumentWriter;
import se.vp.render.writer.OutputFile;
import se.vp.render.writer.TemplateOutput;

/**
 * XHTML to a Word document a secretary can edit: the template's blocks become paragraphs in the
 * reference document's own styles (headings, lists, tables, captions), inside its page setup,
 * header and footer. Only the reference document's look is used; the content is the template's.
 */
public final class DocxWriter implements DocumentWriter {

  public static final String REFERENCE = ReferenceDocument.FILE;
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  static {
    // docx4j writes a comment naming its version, the JAXB implementation, the Java version and
    // the operating system into every document; the same sources must give the same bytes on any
    // machine, and the version it reads is sometimes "null" when documents are written side by side.
    Docx4jProperties.setProperty("docx4j.jaxb.marshal.suppressVersionComment", true);
    // docx4j would also stamp docProps with itself on save ("Modified by docx4j <version>", its
    // application name and version), and a docx4j.properties anywhere on Maven's class path could
    // turn that on; vp writes both parts itself, from the plan only.
    Docx4jProperties.setProperty("docx4j.dc.write", false);
    Docx4jProperties.setProperty("docx4j.App.write", false);
  }

  private final Path templates;
  private final String displayFolder;
  /** The reference document as cleaned, read at the first DOCX of a render. */
  private ReferenceCleaner.Cleaned reference;

  public DocxWriter(Path templates, String displayFolder) {
    this.templates = templates;
    this.displayFolder = displayFolder;
  }

  /** Starts docx4j's JAXB contexts for WordprocessingML, which take seconds the first time. */
  public static void start() throws JAXBException {
    Context.getWmlObjectFactory();
    XmlUtils.unmarshalString("<w:p xmlns:w=\"" + W + "\"/>");
  }

  @Override
  public String name() {
    return "DOCX";
  }

  private synchronized ReferenceCleaner.Cleaned reference() throws VpException {
    if (reference == null) {
      reference = ReferenceCleaner.read(templates, displayFolder, ReferenceCleaner.WORD);
    }
    return reference;
  }

  /** What was taken out of the reference document, once a DOCX was made from it. */
  @Override
  public synchronized List<Diagnostic> findings() {
    return reference == null ? List.of() : reference.dropped().stream()
        .map(what -> new Diagnostic(Location.ofFile(displayFolder + "/" + REFERENCE), Severity.VARNING, Code.VP310,
            "referensdokumentet bär " + what + ", som vp tog bort ur handlingarna",
            Optional.of("spara om " + REFERENCE + " utan det; vp tar bara stilar, numrering, tema, typsnitt,"
                + " sidinställning och sidhuvud och sidfot")))
        .toList();
  }

  @Override
  public List<OutputFile> write(TemplateOutput document) throws VpException {
    return List.of(new OutputFile(document.fileName() + ".docx", docx(document)));
  }

  private byte[] docx(TemplateOutput document) throws VpException {
    ReferenceDocument reference = ReferenceDocument.load(reference(), displayFolder);
    WordprocessingMLPackage pkg = reference.pkg();
    Instant created = document.created();
    try {
      BlockDocument blocks = document.blocks();
      String body = new WordBody(reference::styleId, reference.numbering(),
          new WordBody.Revisions("vp", DateTimeFormatter.ISO_INSTANT.format(created)), reference.textWidthTwips())
          .write(blocks.blocks());
      Body converted = ((org.docx4j.wml.Document) XmlUtils.unmarshalString(
          "<w:document xmlns:w=\"" + W + "\"><w:body>" + body + "</w:body></w:document>")).getBody();
      List<Object> content = pkg.getMainDocumentPart().getContent();
      content.clear();
      content.addAll(converted.getContent());
      Metadata metadata = blocks.metadata();
      fillHeaderAndFooter(pkg, metadata);
      String core = PackageParts.coreProperties(metadata, created);
      PackageParts.setProperties(pkg, core);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pkg.save(out);
      return PackageParts.fixedBytes(out.toByteArray(), created, Map.of(
          PackageParts.CORE_PART, PackageParts.XML_DECLARATION + core,
          PackageParts.EXTENDED_PART, PackageParts.XML_DECLARATION + PackageParts.EXTENDED_PROPERTIES));
    } catch (Docx4JException | JAXBException | IOException | RuntimeException e) {
      throw failure(displayFolder, "Word-dokumentet kan inte skapas från mallen", document.template(), e);
    }
  }

  /** The reference document's header and footer, its placeholders filled from the template. */
  private static void fillHeaderAndFooter(WordprocessingMLPackage pkg, Metadata metadata) throws JAXBException {
    var policy = pkg.getDocumentModel().getSections().get(0).getHeaderFooterPolicy();
    for (JaxbXmlPart<?> part : new JaxbXmlPart<?>[] {policy.getDefaultHeader(), policy.getDefaultFooter()}) {
      if (part == null) {
        continue;
      }
      String xml = XmlUtils.marshaltoString(part.getJaxbElement(), true, false)
          .replace("{sidhuvud}", PackageParts.escape(metadata.header()))
          .replace("{sidfot}", PackageParts.escape(metadata.footer()))
          .replace("{markering}", PackageParts.escape(metadata.marking()));
      replaceContent(part, xml);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> void replaceContent(JaxbXmlPart<T> part, String xml) throws JAXBException {
    part.setJaxbElement((T) XmlUtils.unmarshalString(xml));
  }

  static VpException failure(String displayFolder, String message, String file, Exception cause) {
    return new VpException(new Diagnostic(Location.ofFile(displayFolder + "/" + file), Severity.FEL, Code.VP303,
        message, Optional.empty()), cause);
  }
}
