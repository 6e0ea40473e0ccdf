package se.vp.render.pptx;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.docx4j.dml.CTTransform2D;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.OpcPackage;
import org.docx4j.openpackaging.packages.PresentationMLPackage;
import org.docx4j.openpackaging.parts.PresentationML.SlideLayoutPart;
import org.docx4j.openpackaging.parts.PresentationML.SlideMasterPart;
import org.pptx4j.pml.CTPlaceholder;
import org.pptx4j.pml.STPlaceholderType;
import org.pptx4j.pml.Shape;
import org.pptx4j.pml.SldLayout;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Severity;
import se.vp.diagnostic.VpException;
import se.vp.render.ooxml.ReferenceCleaner;

/**
 * templates/referens.pptx, loaded afresh for each deck: its slide master and the layouts the deck's
 * slides are made from, found by name, with where each layout puts its placeholders.
 */
final class PresentationReference {

  static final String FILE = ReferenceCleaner.POWERPOINT.file();

  /** A placeholder's place on the slide, in EMU. */
  record Box(long x, long y, long cx, long cy) {}

  /** A layout and its placeholders' places: the title under key "title", the others under their index. */
  record Layout(SlideLayoutPart part, Map<String, Box> boxes) {}

  private final PresentationMLPackage pkg;
  private final Map<String, Layout> layouts;

  private PresentationReference(PresentationMLPackage pkg, Map<String, Layout> layouts) {
    this.pkg = pkg;
    this.layouts = layouts;
  }

  /** A fresh package of the cleaned reference, for one deck, with every layout the deck needs. */
  static PresentationReference load(ReferenceCleaner.Cleaned reference, String displayFolder) throws VpException {
    PresentationMLPackage pkg;
    try {
      if (!(OpcPackage.load(new ByteArrayInputStream(reference.bytes())) instanceof PresentationMLPackage loaded)) {
        throw failure(displayFolder, "referenspresentationen är ingen PowerPoint-presentation", null);
      }
      pkg = loaded;
    } catch (Docx4JException | RuntimeException e) {
      throw failure(displayFolder, "referenspresentationen kan inte läsas som en PowerPoint-presentation", e);
    }
    Map<String, Layout> layouts = new HashMap<>();
    try {
      if (pkg.getMainPresentationPart() == null || pkg.getMainPresentationPart().getJaxbElement() == null) {
        throw failure(displayFolder, "referenspresentationen har ingen giltig presentationsdel"
            + " (DOCTYPE och entiteter tillåts inte)", null);
      }
      for (var rel : pkg.getMainPresentationPart().getRelationshipsPart().getRelationships().getRelationship()) {
        if (pkg.getMainPresentationPart().getRelationshipsPart().getPart(rel) instanceof SlideMasterPart master
            && master.getJaxbElement() != null) {
          Map<String, Box> masterBoxes =
              boxes(master.getJaxbElement().getCSld().getSpTree().getSpOrGrpSpOrGraphicFrame());
          for (var layoutRel : master.getRelationshipsPart().getRelationships().getRelationship()) {
            if (!(master.getRelationshipsPart().getPart(layoutRel) instanceof SlideLayoutPart layout)) {
              continue;
            }
            SldLayout sld = layout.getJaxbElement();
            if (sld == null || sld.getCSld() == null || sld.getCSld().getName() == null) {
              continue;
            }
            Map<String, Box> boxes = new HashMap<>(masterBoxes);
            boxes.putAll(boxes(sld.getCSld().getSpTree().getSpOrGrpSpOrGraphicFrame()));
            layouts.putIfAbsent(sld.getCSld().getName().strip(), new Layout(layout, boxes));
          }
        }
      }
    } catch (RuntimeException e) {
      throw failure(displayFolder, "referenspresentationens bildbakgrund kan inte läsas", e);
    }
    for (String name : List.of(Layouts.TITEL, Layouts.AVSNITT, Layouts.INNEHALL, Layouts.TVA_SPALTER,
        Layouts.TRE_SPALTER, Layouts.NYCKELTAL, Layouts.TABELL, Layouts.DIAGRAM, Layouts.AVSLUTNING)) {
      Layout layout = layouts.get(name);
      if (layout == null || !layout.boxes().containsKey("title")) {
        throw new VpException(new Diagnostic(Location.ofFile(displayFolder + "/" + FILE), Severity.FEL, Code.VP303,
            "referenspresentationen saknar layouten \"" + name + "\"" + (layout == null ? "" : " med en rubrik"),
            Optional.of("lägg till den i bildbakgrunden (Visa › Bildbakgrund), med de platshållare vp:s "
                + FILE + " har, eller utgå från vp:s " + FILE)), null);
      }
    }
    return new PresentationReference(pkg, layouts);
  }

  private static VpException failure(String displayFolder, String message, Exception cause) {
    return ReferenceCleaner.failure(displayFolder, ReferenceCleaner.POWERPOINT, message, cause);
  }

  PresentationMLPackage pkg() {
    return pkg;
  }

  Layout layout(String name) {
    return layouts.get(name);
  }

  /** The places of the placeholders that give one. */
  private static Map<String, Box> boxes(List<Object> shapes) {
    Map<String, Box> boxes = new HashMap<>();
    for (Object shape : shapes) {
      if (shape instanceof Shape sp && sp.getNvSpPr() != null && sp.getNvSpPr().getNvPr() != null
          && sp.getNvSpPr().getNvPr().getPh() != null && sp.getSpPr() != null && sp.getSpPr().getXfrm() != null
          && sp.getSpPr().getXfrm().getOff() != null && sp.getSpPr().getXfrm().getExt() != null) {
        CTPlaceholder ph = sp.getNvSpPr().getNvPr().getPh();
        CTTransform2D xfrm = sp.getSpPr().getXfrm();
        Box box = new Box(xfrm.getOff().getX(), xfrm.getOff().getY(), xfrm.getExt().getCx(), xfrm.getExt().getCy());
        STPlaceholderType type = ph.getType();
        if (type == STPlaceholderType.TITLE || type == STPlaceholderType.CTR_TITLE) {
          boxes.put("title", box);
        } else {
          boxes.put(String.valueOf(ph.getIdx()), box);
        }
      }
    }
    return boxes;
  }

}
