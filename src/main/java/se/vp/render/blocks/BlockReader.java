package se.vp.render.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import se.vp.render.blocks.Paragraph.Kind;

/**
 * Reads a template's XHTML into blocks. The templates write a known subset of XHTML; an element
 * outside it counts for its text. Text between blocks becomes a paragraph of its own, and a
 * paragraph without text is left out.
 */
public final class BlockReader {

  private static final Set<String> BLOCKS = Set.of(
      "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "div", "section", "caption", "blockquote");

  private BlockReader() {}

  public static BlockDocument read(Document xhtml) {
    Element body = Dom.first(xhtml, "body");
    return new BlockDocument(metadata(xhtml), body == null ? List.of() : blocks(body));
  }

  /** The blocks inside a container: the body, a division or a table cell. */
  static List<Block> blocks(Element parent) {
    List<Block> blocks = new ArrayList<>();
    List<Node> inline = new ArrayList<>();
    for (Node child : Dom.children(parent)) {
      if (child instanceof Element e && BLOCKS.contains(Dom.name(e))) {
        paragraph(Kind.TEXT, List.of(), inline).ifPresent(blocks::add);
        inline.clear();
        block(e).ifPresent(blocks::add);
      } else {
        inline.add(child);
      }
    }
    paragraph(Kind.TEXT, List.of(), inline).ifPresent(blocks::add);
    return blocks;
  }

  private static Optional<Block> block(Element e) {
    String name = Dom.name(e);
    List<String> classes = Dom.classes(e);
    return switch (name) {
      case "h1", "h2", "h3", "h4", "h5", "h6", "p", "caption" ->
          paragraph(Kind.valueOf(name.toUpperCase(Locale.ROOT)), classes, Dom.children(e));
      case "ul", "ol" -> Optional.of(list(e));
      case "table" -> TableReader.table(e);
      default -> Optional.of(new Division(classes, blocks(e)));
    };
  }

  private static Optional<Block> paragraph(Kind kind, List<String> classes, List<Node> inline) {
    List<Run> runs = RunReader.runs(inline);
    return runs.isEmpty() ? Optional.empty() : Optional.of(new Paragraph(kind, classes, runs));
  }

  /** A list, kept even without items: an ol still starts a numbering of its own. */
  private static ItemList list(Element list) {
    List<ItemList.Item> items = new ArrayList<>();
    for (Node child : Dom.children(list)) {
      if (!(child instanceof Element li) || !Dom.name(li).equals("li")) {
        continue;
      }
      List<Node> inline = new ArrayList<>();
      List<ItemList> nested = new ArrayList<>();
      for (Node node : Dom.children(li)) {
        if (node instanceof Element e && (Dom.name(e).equals("ul") || Dom.name(e).equals("ol"))) {
          nested.add(list(e));
        } else {
          inline.add(node);
        }
      }
      items.add(new ItemList.Item(Dom.classes(li), RunReader.runs(inline), nested));
    }
    return new ItemList(Dom.name(list).equals("ol"), Dom.classes(list), items);
  }

  /** The document's metadata alone, for a writer that takes its content from the XHTML itself. */
  public static Metadata metadata(Document xhtml) {
    Element title = Dom.first(xhtml, "title");
    Element head = Dom.first(xhtml, "head");
    return new Metadata(title == null ? "" : title.getTextContent().strip(), meta(head, "author"),
        meta(head, "subject"), meta(head, "description"), meta(head, "vp:markering"), textOfClass(xhtml, "sidhuvud"),
        textOfClass(xhtml, "sidfot"));
  }

  private static String meta(Element head, String name) {
    if (head == null) {
      return "";
    }
    NodeList metas = head.getElementsByTagNameNS("*", "meta");
    for (int i = 0; i < metas.getLength(); i++) {
      Element meta = (Element) metas.item(i);
      if (name.equals(meta.getAttribute("name"))) {
        return meta.getAttribute("content");
      }
    }
    return "";
  }

  /** The text of the first element with the class, wherever it stands, as one line. */
  private static String textOfClass(Document xhtml, String cssClass) {
    NodeList all = xhtml.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (Dom.classes(e).contains(cssClass)) {
        return e.getTextContent().replaceAll("\\s+", " ").strip();
      }
    }
    return "";
  }
}
