package se.vp.render.pptx;

import static se.vp.render.ooxml.PackageParts.escape;

import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.contenttype.ContentType;
import org.docx4j.openpackaging.contenttype.ContentTypes;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.PresentationMLPackage;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.PresentationML.MainPresentationPart;
import org.docx4j.openpackaging.parts.PresentationML.NotesMasterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPart;
import org.docx4j.openpackaging.parts.relationships.Namespaces;
import org.pptx4j.Pptx4jException;
import org.pptx4j.jaxb.Context;
import org.pptx4j.pml.Presentation;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Severity;
import se.vp.diagnostic.VpException;
import se.vp.render.blocks.BlockReader;
import se.vp.render.blocks.Metadata;
import se.vp.render.ooxml.PackageParts;
import se.vp.render.ooxml.ReferenceCleaner;
import se.vp.render.writer.DocumentWriter;
import se.vp.render.writer.OutputFile;
import se.vp.render.writer.TemplateOutput;

/**
 * The deck as a PowerPoint the förvaltning can still adjust: the slides of the deck's XHTML, the same
 * as the PDF's and in the same order, each made from a layout of templates/referens.pptx, with its
 * text in the layout's placeholders, its tables as tables, its charts as charts whose data opens in
 * PowerPoint, and speaker notes that say where the slide's content comes from.
 */
public final class PptxWriter implements DocumentWriter {

  public static final String REFERENCE = PresentationReference.FILE;

  private final Path templates;
  private final String displayFolder;
  private ReferenceCleaner.Cleaned reference;

  public PptxWriter(Path templates, String displayFolder) {
    this.templates = templates;
    this.displayFolder = displayFolder;
  }

  /** Starts pptx4j's JAXB context for PresentationML, which takes a second the first time. */
  public static void start() throws JAXBException {
    XmlUtils.unmarshalString("<p:sld " + SlideWriter.NS + "/>", Context.jcPML);
  }

  @Override
  public String name() {
    return "PPTX";
  }

  private synchronized ReferenceCleaner.Cleaned reference() throws VpException {
    if (reference == null) {
      reference = ReferenceCleaner.read(templates, displayFolder, ReferenceCleaner.POWERPOINT);
    }
    return reference;
  }

  /** What was taken out of the reference presentation, once a deck was made from it. */
  @Override
  public synchronized List<Diagnostic> findings() {
    return reference == null ? List.of() : reference.dropped().stream()
        .map(what -> new Diagnostic(Location.ofFile(displayFolder + "/" + REFERENCE), Severity.VARNING, Code.VP310,
            "referenspresentationen bär " + what + ", som vp tog bort ur bildspelet",
            Optional.of("spara om " + REFERENCE + " utan det; vp tar bara bildbakgrund, layouter, teman och bilder")))
        .toList();
  }

  @Override
  public List<OutputFile> write(TemplateOutput document) throws VpException {
    return List.of(new OutputFile(document.fileName() + ".pptx", pptx(document)));
  }

  private byte[] pptx(TemplateOutput document) throws VpException {
    PresentationReference reference = PresentationReference.load(reference(), displayFolder);
    PresentationMLPackage pkg = reference.pkg();
    try {
      Element body = (Element) document.xhtml().getElementsByTagNameNS("*", "body").item(0);
      String footer = body == null ? "" : firstText(body, "fot");
      String marking = body == null ? "" : firstText(body, "markering");
      List<Element> slides = body == null ? List.of()
          : Elements.children(body).stream().filter(e -> Elements.hasClass(e, "bild")).toList();
      MainPresentationPart presentation = pkg.getMainPresentationPart();
      if (presentation.getJaxbElement().getSldIdLst() == null) {
        presentation.getJaxbElement().setSldIdLst(Context.getpmlObjectFactory().createPresentationSldIdLst());
      }
      List<Presentation.SldIdLst.SldId> ids = presentation.getJaxbElement().getSldIdLst().getSldId();
      NotesMasterPart notesMaster = presentation.getNotesMasterPart(false);
      SlideWriter.ChartNumbers charts = new SlideWriter.ChartNumbers();
      for (int i = 0; i < slides.size(); i++) {
        BinaryPart slide = part("/ppt/slides/slide" + (i + 1) + ".xml", ContentTypes.PRESENTATIONML_SLIDE,
            Namespaces.PRESENTATIONML_SLIDE);
        Presentation.SldIdLst.SldId id = Context.getpmlObjectFactory().createPresentationSldIdLstSldId();
        id.setId(256 + i);
        id.setRid(presentation.addTargetPart(slide).getId());
        ids.add(id);
        SlideWriter.Written written = SlideWriter.write(pkg, reference, slide, slides.get(i),
            new SlideWriter.Furniture(footer, marking, i + 1), charts);
        slide.addTargetPart(written.layout().part());
        slide.setBinaryData(bytes(written.xml()));
        if (notesMaster != null) {
          notes(slide, notesMaster, i + 1, slides.get(i));
        }
      }
      Metadata metadata = BlockReader.metadata(document.xhtml());
      String core = PackageParts.coreProperties(metadata, document.created());
      PackageParts.setProperties(pkg, core);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pkg.save(out);
      return PackageParts.fixedBytes(out.toByteArray(), document.created(), Map.of(
          PackageParts.CORE_PART, PackageParts.XML_DECLARATION + core,
          PackageParts.EXTENDED_PART, PackageParts.XML_DECLARATION + PackageParts.EXTENDED_PROPERTIES));
    } catch (Docx4JException | Pptx4jException | JAXBException | IOException | RuntimeException e) {
      throw new VpException(new Diagnostic(Location.ofFile(displayFolder + "/" + document.template()), Severity.FEL,
          Code.VP303, "PowerPoint-bildspelet kan inte skapas från mallen", Optional.empty()), e);
    }
  }

  /**
   * A part stored as vp wrote it: the slides and notes are written as XML text, and a round trip
   * through JAXB would only cost time and add the declarations of every namespace docx4j knows.
   */
  private static BinaryPart part(String name, String contentType, String relationshipType) throws Docx4JException {
    BinaryPart part = new BinaryPart(new PartName(name));
    part.setContentType(new ContentType(contentType));
    part.setRelationshipType(relationshipType);
    return part;
  }

  private static ByteBuffer bytes(String xml) {
    return ByteBuffer.wrap((PackageParts.XML_DECLARATION + xml).getBytes(StandardCharsets.UTF_8));
  }

  /** The speaker notes: where the slide's content comes from in plan-source/. */
  private static void notes(BinaryPart slide, NotesMasterPart master, int number, Element bild)
      throws Docx4JException {
    String sources = bild.getAttribute("data-kallor").replaceAll("[\\s\\p{Cc}]+", " ").strip();
    String line = sources.isEmpty() ? "Bild " + number + " har inget innehåll ur plan-source."
        : "Bild " + number + ": innehållet kommer från " + sources + ".";
    String paragraphs = "<a:p><a:r><a:rPr lang=\"sv-SE\" dirty=\"0\"/><a:t>" + escape(line) + "</a:t></a:r></a:p>";
    String xml = "<p:notes " + SlideWriter.NS + "><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/>"
        + "<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/><p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Bild\"/>"
        + "<p:cNvSpPr>"
        + "<a:spLocks noGrp=\"1\" noRot=\"1\" noChangeAspect=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"sldImg\"/>"
        + "</p:nvPr></p:nvSpPr><p:spPr/></p:sp><p:sp><p:nvSpPr><p:cNvPr id=\"3\" name=\"Anteckningar\"/>"
        + "<p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"body\" idx=\"1\"/></p:nvPr></p:nvSpPr>"
        + "<p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>" + paragraphs + "</p:txBody></p:sp></p:spTree></p:cSld>"
        + "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>";
    BinaryPart notes = part("/ppt/notesSlides/notesSlide" + number + ".xml", ContentTypes.PRESENTATIONML_NOTES_SLIDE,
        Namespaces.PRESENTATIONML_NOTES_SLIDE);
    notes.setBinaryData(bytes(xml));
    slide.addTargetPart(notes);
    notes.addTargetPart(slide);
    notes.addTargetPart(master);
  }

  /** The text of the first element of that class, on one line. */
  private static String firstText(Element body, String className) {
    NodeList all = body.getElementsByTagNameNS("*", "div");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (Elements.hasClass(e, className)) {
        return Elements.text(e);
      }
    }
    return "";
  }
}
