package se.vp.render.word;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.docx4j.model.structure.PageDimensions;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Style;
import se.vp.diagnostic.VpException;
import se.vp.render.ooxml.ReferenceCleaner;

/**
 * templates/referens.docx, loaded afresh for each document: its styles by their built-in names
 * (whatever ids a localised Word gave them), its numbering, and the width its page leaves for text.
 */
final class ReferenceDocument {

  static final String FILE = ReferenceCleaner.WORD.file();

  private final WordprocessingMLPackage pkg;
  private final List<Style> styles;

  private ReferenceDocument(WordprocessingMLPackage pkg) {
    this.pkg = pkg;
    this.styles = new ArrayList<>(pkg.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement().getStyle());
  }

  /** A fresh package of the cleaned reference document, for one DOCX. */
  static ReferenceDocument load(ReferenceCleaner.Cleaned reference, String displayFolder) throws VpException {
    WordprocessingMLPackage pkg;
    try {
      pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(reference.bytes()));
    } catch (Docx4JException | RuntimeException e) {
      throw DocxWriter.failure(displayFolder, "referensdokumentet kan inte läsas som ett Word-dokument", FILE, e);
    }
    // docx4j leaves a part it cannot parse empty rather than failing, for instance one with a
    // DOCTYPE, which it refuses so that no entity can read a file.
    MainDocumentPart main = pkg.getMainDocumentPart();
    if (main == null || main.getJaxbElement() == null || main.getStyleDefinitionsPart() == null
        || main.getStyleDefinitionsPart().getJaxbElement() == null
        || main.getNumberingDefinitionsPart() != null && main.getNumberingDefinitionsPart().getJaxbElement() == null) {
      throw DocxWriter.failure(displayFolder, "referensdokumentet har en del som inte är giltig WordprocessingML (DOCTYPE och entiteter tillåts inte)",
          FILE, null);
    }
    return new ReferenceDocument(pkg);
  }

  WordprocessingMLPackage pkg() {
    return pkg;
  }

  Optional<String> styleId(String name) {
    return find(name).map(Style::getStyleId);
  }

  /** Each numbered list starts again from 1: a fresh instance of the List Number style's numbering. */
  WordBody.Numbering numbering() {
    NumberingDefinitionsPart part = pkg.getMainDocumentPart().getNumberingDefinitionsPart();
    long numberStyleNumId = find("List Number").map(Style::getPPr).map(p -> p.getNumPr()).map(n -> n.getNumId())
        .map(id -> id.getVal().longValue()).orElse(0L);
    return () -> part == null || numberStyleNumId == 0 ? Optional.empty()
        : Optional.of(part.restart(numberStyleNumId, 0, 1));
  }

  /**
   * The width between the margins of the document's section, in twentieths of a point: the page's
   * width less the left and right margins and the gutter. Tables span their share of it.
   */
  int textWidthTwips() {
    SectPr section = pkg.getMainDocumentPart().getJaxbElement().getBody().getSectPr();
    return (section == null ? new PageDimensions() : new PageDimensions(section)).getWritableWidthTwips();
  }

  private Optional<Style> find(String name) {
    return styles.stream().filter(s -> s.getName() != null && name.equalsIgnoreCase(s.getName().getVal())).findFirst();
  }
}
