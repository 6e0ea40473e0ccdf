package se.vp.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Puts right what openhtmltopdf's structure tree says of tables, between the layout and the save.
 * openhtmltopdf builds the tree in private classes with no hook, so the tree is mended afterwards:
 * a caption becomes its Table's first child instead of the Table's sibling in an anonymous Div;
 * a layout table ({@code <table role="presentation">}) becomes a Div of Divs, read as ordinary
 * blocks; the THead, TFoot and TBody that every table is given, rows or not, are dropped when
 * empty, as is any other element left without content; and a header row drawn again on a
 * continued page becomes furniture ({@link RepeatedHeaderRows}). Row headers need no mending:
 * {@code <th scope="row">} is written with /Scope /Row and every other th with /Scope /Column.
 *
 * <p>The parent tree, which maps each page's marked content to its element, stays true because no
 * element that holds marked content is removed: such an element may be renamed, never unwrapped.
 */
final class StructureTree {

  private static final String XHTML = "http://www.w3.org/1999/xhtml";

  /**
   * Given to a layout table as its title, which openhtmltopdf writes as the Table's /Alt: the only
   * trace of the markup that reaches the tree. Removed again when the table is mended.
   */
  private static final String LAYOUT = "vp:layout";

  private static final Set<String> ROWS = Set.of("THead", "TBody", "TFoot", "TR");
  private static final Set<String> CELLS = Set.of("TD", "TH");
  private static final Set<COSName> WRAPPER_KEYS = Set.of(COSName.TYPE, COSName.S, COSName.P, COSName.K, COSName.PG);

  private StructureTree() {}

  /** Marks the document's layout tables, which say so with role="presentation" (or "none"). */
  static void markLayoutTables(Document xhtml) {
    NodeList tables = xhtml.getElementsByTagNameNS(XHTML, "table");
    for (int i = 0; i < tables.getLength(); i++) {
      Element table = (Element) tables.item(i);
      String role = table.getAttribute("role").strip();
      if (role.equals("presentation") || role.equals("none")) {
        table.setAttribute("title", LAYOUT);
      }
    }
  }

  static void mend(PDDocument document) throws IOException {
    PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
    if (root != null) {
      putCaptionsInTheirTables(root.getCOSObject());
      mend(root.getCOSObject());
      RepeatedHeaderRows.asArtifacts(document, root.getCOSObject());
    }
  }

  /** A Caption beside a Table among the same children becomes that Table's first child. */
  private static void putCaptionsInTheirTables(COSDictionary node) {
    for (COSBase kid : kids(node)) {
      COSDictionary element = element(kid);
      if (element != null) {
        putCaptionsInTheirTables(element);
      }
    }
    List<COSBase> kids = new ArrayList<>(kids(node));
    boolean moved = false;
    for (int i = 0; i < kids.size(); i++) {
      COSDictionary caption = element(kids.get(i));
      if (caption == null || !type(caption).equals("Caption")) {
        continue;
      }
      COSDictionary table = i + 1 < kids.size() && isTable(kids.get(i + 1)) ? element(kids.get(i + 1))
          : i > 0 && isTable(kids.get(i - 1)) ? element(kids.get(i - 1)) : null;
      if (table != null) {
        List<COSBase> rows = new ArrayList<>(kids(table));
        rows.add(0, kids.remove(i));
        setKids(table, rows);
        moved = true;
        i--;
      }
    }
    if (moved) {
      setKids(node, kids);
    }
  }

  /** Mends the element's children first, then the element's own list of children. */
  private static void mend(COSDictionary node) {
    for (COSBase kid : kids(node)) {
      COSDictionary element = element(kid);
      if (element != null) {
        mend(element);
      }
    }
    if (LAYOUT.equals(node.getString(COSName.ALT))) {
      node.removeItem(COSName.ALT);
      if (type(node).equals("Table")) {
        unlayTable(node);
      }
    }
    List<COSBase> mended = new ArrayList<>();
    for (COSBase kid : kids(node)) {
      COSDictionary element = element(kid);
      if (element == null) {
        mended.add(kid);
      } else if (isCaptionWrapper(element)) {
        mended.add(kids(element).get(0));
      } else if (!isEmpty(element)) {
        mended.add(kid);
      }
    }
    setKids(node, mended);
  }

  /** The table becomes a Div, its cells Divs in reading order, its rows and row groups nothing. */
  private static void unlayTable(COSDictionary table) {
    table.setName(COSName.S, "Div");
    List<COSBase> blocks = new ArrayList<>();
    for (COSBase kid : kids(table)) {
      collectBlocks(kid, blocks);
    }
    setKids(table, blocks);
  }

  private static void collectBlocks(COSBase kid, List<COSBase> blocks) {
    COSDictionary element = element(kid);
    if (element == null) {
      blocks.add(kid);
      return;
    }
    String type = type(element);
    if (ROWS.contains(type) && holdsElementsOnly(element)) {
      for (COSBase inner : kids(element)) {
        collectBlocks(inner, blocks);
      }
      return;
    }
    if (ROWS.contains(type) || CELLS.contains(type)) {
      element.setName(COSName.S, "Div");
      element.removeItem(COSName.A);
    } else if (type.equals("Caption")) {
      element.setName(COSName.S, "P");
    }
    blocks.add(kid);
  }

  /** The anonymous Div openhtmltopdf puts around a captioned table, left holding the table alone. */
  private static boolean isCaptionWrapper(COSDictionary element) {
    List<COSBase> kids = kids(element);
    return type(element).equals("Div") && WRAPPER_KEYS.containsAll(element.keySet()) && kids.size() == 1
        && isTable(kids.get(0)) && kids(element(kids.get(0))).stream()
            .anyMatch(k -> element(k) != null && type(element(k)).equals("Caption"));
  }

  /** An element with nothing in it and nothing to say; an empty table cell stays, to keep the table whole. */
  private static boolean isEmpty(COSDictionary element) {
    return kids(element).isEmpty() && !CELLS.contains(type(element))
        && !element.containsKey(COSName.ALT) && !element.containsKey(COSName.ACTUAL_TEXT);
  }

  private static boolean isTable(COSBase kid) {
    COSDictionary element = element(kid);
    return element != null && type(element).equals("Table");
  }

  private static boolean holdsElementsOnly(COSDictionary element) {
    return kids(element).stream().allMatch(k -> element(k) != null);
  }

  /** The children as stored: structure elements, marked-content ids and references, object references. */
  static List<COSBase> kids(COSDictionary node) {
    COSBase k = node.getDictionaryObject(COSName.K);
    if (k == null) {
      return List.of();
    }
    if (k instanceof COSArray array) {
      List<COSBase> kids = new ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        kids.add(array.get(i));
      }
      return kids;
    }
    return List.of(node.getItem(COSName.K));
  }

  static void setKids(COSDictionary node, List<COSBase> kids) {
    if (kids.isEmpty()) {
      node.removeItem(COSName.K);
      return;
    }
    COSArray array = new COSArray();
    for (COSBase kid : kids) {
      array.add(kid);
      COSDictionary element = element(kid);
      if (element != null && element.getDictionaryObject(COSName.P) != node) {
        element.setItem(COSName.P, node);
      }
    }
    node.setItem(COSName.K, array);
  }

  /** The structure element a child is, or null for marked content and object references. */
  static COSDictionary element(COSBase kid) {
    COSBase object = kid instanceof COSObject reference ? reference.getObject() : kid;
    return object instanceof COSDictionary dictionary && dictionary.containsKey(COSName.S) ? dictionary : null;
  }

  static String type(COSDictionary element) {
    String type = element.getNameAsString(COSName.S);
    return type == null ? "" : type;
  }
}
