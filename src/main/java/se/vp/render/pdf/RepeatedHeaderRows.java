package se.vp.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;

/**
 * A table's header row is drawn again on every page the table continues on (-fs-table-paginate),
 * and openhtmltopdf tags each drawing as more content of the same header cells, so a screen reader
 * reads "Nr Nr Uppdrag Uppdrag". The drawings after the first become pagination artifacts: out of
 * the structure tree and the parent tree, and marked /Artifact in the page's content.
 */
final class RepeatedHeaderRows {

  private static final COSName PAGINATION = COSName.getPDFName("Pagination");

  private RepeatedHeaderRows() {}

  static void asArtifacts(PDDocument document, COSDictionary root) throws IOException {
    Map<COSDictionary, Set<Integer>> repeats = new LinkedHashMap<>();
    findHeaderRows(root, repeats);
    COSDictionary parentTree = root.getCOSDictionary(COSName.PARENT_TREE);
    for (Map.Entry<COSDictionary, Set<Integer>> page : repeats.entrySet()) {
      PDPage pdPage = new PDPage(page.getKey());
      markAsArtifacts(document, pdPage, page.getValue());
      COSArray parents = parentTree == null ? null : parents(parentTree, pdPage.getStructParents());
      for (int mcid : page.getValue()) {
        if (parents != null && mcid < parents.size()) {
          parents.set(mcid, COSNull.NULL);
        }
      }
    }
  }

  private static void findHeaderRows(COSDictionary node, Map<COSDictionary, Set<Integer>> repeats) {
    for (COSBase kid : StructureTree.kids(node)) {
      COSDictionary element = StructureTree.element(kid);
      if (element == null) {
        continue;
      }
      if (StructureTree.type(element).equals("THead")) {
        takeRepeats(element, null, new COSDictionary[1], repeats);
      } else {
        findHeaderRows(element, repeats);
      }
    }
  }

  /** Keeps the content on the first page the header row is drawn on, and takes the rest out. */
  private static void takeRepeats(COSDictionary element, COSDictionary inherited, COSDictionary[] first,
      Map<COSDictionary, Set<Integer>> repeats) {
    COSDictionary page = element.getCOSDictionary(COSName.PG) != null ? element.getCOSDictionary(COSName.PG) : inherited;
    List<COSBase> kept = new ArrayList<>();
    for (COSBase kid : StructureTree.kids(element)) {
      COSBase object = kid instanceof COSObject reference ? reference.getObject() : kid;
      COSDictionary on;
      int mcid;
      if (object instanceof COSInteger number) {
        on = page;
        mcid = number.intValue();
      } else if (object instanceof COSDictionary reference && COSName.MCR.equals(reference.getCOSName(COSName.TYPE))) {
        on = reference.getCOSDictionary(COSName.PG) != null ? reference.getCOSDictionary(COSName.PG) : page;
        mcid = reference.getInt(COSName.MCID);
      } else {
        COSDictionary child = StructureTree.element(kid);
        if (child != null) {
          takeRepeats(child, page, first, repeats);
        }
        kept.add(kid);
        continue;
      }
      if (first[0] == null) {
        first[0] = on;
      }
      if (on == first[0] || on == null) {
        kept.add(kid);
      } else {
        repeats.computeIfAbsent(on, p -> new TreeSet<>()).add(mcid);
      }
    }
    StructureTree.setKids(element, kept);
  }

  private static void markAsArtifacts(PDDocument document, PDPage page, Set<Integer> mcids) throws IOException {
    List<Object> tokens = new PDFStreamParser(page).parse();
    PDResources resources = page.getResources();
    for (int i = 2; i < tokens.size(); i++) {
      if (tokens.get(i) instanceof Operator operator && operator.getName().equals("BDC")) {
        COSDictionary properties = tokens.get(i - 1) instanceof COSDictionary inline ? inline
            : tokens.get(i - 1) instanceof COSName name && resources != null ? properties(resources, name) : null;
        if (properties != null && mcids.contains(properties.getInt(COSName.MCID))) {
          COSDictionary artifact = new COSDictionary();
          artifact.setItem(COSName.TYPE, PAGINATION);
          tokens.set(i - 2, COSName.ARTIFACT);
          tokens.set(i - 1, artifact);
        }
      }
    }
    PDStream stream = new PDStream(document);
    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
      new ContentStreamWriter(out).writeTokens(tokens);
    }
    page.setContents(stream);
  }

  private static COSDictionary properties(PDResources resources, COSName name) {
    PDPropertyList list = resources.getProperties(name);
    return list == null ? null : list.getCOSObject();
  }

  /** The page's entry in the parent tree: its marked content's elements, by marked-content id. */
  private static COSArray parents(COSDictionary tree, int key) {
    COSArray nums = tree.getCOSArray(COSName.NUMS);
    if (nums != null) {
      for (int i = 0; i + 1 < nums.size(); i += 2) {
        if (nums.getObject(i) instanceof COSInteger number && number.intValue() == key) {
          return nums.getObject(i + 1) instanceof COSArray parents ? parents : null;
        }
      }
    }
    COSArray kids = tree.getCOSArray(COSName.KIDS);
    if (kids != null) {
      for (int i = 0; i < kids.size(); i++) {
        if (kids.getObject(i) instanceof COSDictionary kid) {
          COSArray parents = parents(kid, key);
          if (parents != null) {
            return parents;
          }
        }
      }
    }
    return null;
  }
}
