package se.vp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The two parts of a package that ECMA-376 Part 2 (Open Packaging Conventions) defines and
 * poi-ooxml-full has no compiled schema for: [Content_Types].xml and the core properties. Checked
 * by the content model of Part 2's schemas (opc-contentTypes.xsd, opc-coreProperties.xsd) and the
 * rules Part 2 adds to them (§10.1.2, M4.2 to M4.5), and that every part has a content type.
 */
final class OpcParts {

  private static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final String CORE = "docProps/core.xml";
  private static final String CT = "http://schemas.openxmlformats.org/package/2006/content-types";
  private static final String CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
  private static final String DC = "http://purl.org/dc/elements/1.1/";
  private static final String DCTERMS = "http://purl.org/dc/terms/";
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  private static final String XMLNS = "http://www.w3.org/2000/xmlns/";
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
  private static final Pattern MEDIA_TYPE = Pattern.compile(
      TOKEN + "/" + TOKEN + "(\\s*;\\s*" + TOKEN + "=(" + TOKEN + "|\"([^\"\\\\]|\\\\.)*\"))*");
  private static final Pattern EXTENSION = Pattern.compile("([!$&'()*+,:=@a-zA-Z0-9._~-]|%[0-9a-fA-F]{2})+");
  private static final Pattern W3CDTF = Pattern.compile(
      "\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?)?)?");
  private static final Pattern DATE_TIME = Pattern.compile(
      "-?\\d{4,}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?");

  /** The elements of CT_CoreProperties (an xs:all: each at most once, in any order), by namespace and name. */
  private static final Map<String, Set<String>> CORE_ELEMENTS = Map.of(
      CP, Set.of("category", "contentStatus", "keywords", "lastModifiedBy", "lastPrinted", "revision", "version"),
      DC, Set.of("creator", "description", "identifier", "language", "subject", "title"),
      DCTERMS, Set.of("created", "modified"));

  private OpcParts() {}

  static boolean defines(String part) {
    return part.equals(CONTENT_TYPES) || part.equals(CORE);
  }

  static List<String> violations(String part, Document dom, Collection<String> parts) {
    return part.equals(CONTENT_TYPES) ? contentTypes(dom.getDocumentElement(), parts) : core(dom.getDocumentElement());
  }

  private static List<String> contentTypes(Element types, Collection<String> parts) {
    List<String> violations = new ArrayList<>();
    if (!is(types, CT, "Types")) {
      return List.of("the root is not {" + CT + "}Types");
    }
    attributesOnly(types, Set.of(), violations);
    Set<String> defaults = new HashSet<>();
    Set<String> overrides = new HashSet<>();
    for (Element child : children(types, violations)) {
      if (is(child, CT, "Default")) {
        attributesOnly(child, Set.of("Extension", "ContentType"), violations);
        String extension = required(child, "Extension", violations);
        if (!EXTENSION.matcher(extension).matches()) {
          violations.add("Default Extension '" + extension + "' is no extension");
        }
        if (!defaults.add(extension.toLowerCase(Locale.ROOT))) {
          violations.add("two Defaults for the extension '" + extension + "'");
        }
        mediaType(required(child, "ContentType", violations), violations);
      } else if (is(child, CT, "Override")) {
        attributesOnly(child, Set.of("PartName", "ContentType"), violations);
        String name = required(child, "PartName", violations);
        if (!name.startsWith("/")) {
          violations.add("Override PartName '" + name + "' is no part name");
        }
        if (!overrides.add(name.toLowerCase(Locale.ROOT))) {
          violations.add("two Overrides for the part '" + name + "'");
        }
        if (!parts.contains(name.substring(1))) {
          violations.add("an Override for '" + name + "', which the package does not hold");
        }
        mediaType(required(child, "ContentType", violations), violations);
      } else {
        violations.add("unexpected element {" + child.getNamespaceURI() + "}" + child.getLocalName());
      }
    }
    for (String name : parts) {
      String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      if (!name.equals(CONTENT_TYPES) && !overrides.contains("/" + name.toLowerCase(Locale.ROOT))
          && !defaults.contains(extension)) {
        violations.add("the part '" + name + "' has no content type");
      }
    }
    return violations;
  }

  private static List<String> core(Element root) {
    List<String> violations = new ArrayList<>();
    if (!is(root, CP, "coreProperties")) {
      return List.of("the root is not {" + CP + "}coreProperties");
    }
    attributesOnly(root, Set.of(), violations);
    Set<String> seen = new HashSet<>();
    for (Element child : children(root, violations)) {
      String namespace = child.getNamespaceURI();
      String name = "{" + namespace + "}" + child.getLocalName();
      if (!CORE_ELEMENTS.getOrDefault(namespace, Set.of()).contains(child.getLocalName())) {
        // M4.2 (no Markup Compatibility) and M4.3 (no refinements of the Dublin Core elements) among them.
        violations.add("unexpected element " + name);
        continue;
      }
      if (!seen.add(name)) {
        violations.add("more than one " + name);
      }
      boolean dated = DCTERMS.equals(namespace);
      attributesOnly(child, dated ? Set.of("{" + XSI + "}type") : Set.of(), violations);
      String text = child.getTextContent();
      if (!child.getLocalName().equals("keywords")) {
        children(child, violations).forEach(e -> violations.add("element " + e.getLocalName() + " inside " + name));
      }
      if (dated) {
        // M4.5: the dates are of type dcterms:W3CDTF, and say so.
        String type = child.getAttributeNS(XSI, "type");
        int colon = type.indexOf(':');
        if (colon < 0 || !DCTERMS.equals(child.lookupNamespaceURI(type.substring(0, colon)))
            || !type.substring(colon + 1).equals("W3CDTF")) {
          violations.add(name + " has xsi:type '" + type + "', not dcterms:W3CDTF");
        }
        if (!W3CDTF.matcher(text).matches()) {
          violations.add(name + " '" + text + "' is no W3CDTF date");
        }
      } else if (child.getLocalName().equals("lastPrinted") && !DATE_TIME.matcher(text).matches()) {
        violations.add(name + " '" + text + "' is no xs:dateTime");
      }
    }
    return violations;
  }

  private static boolean is(Element e, String namespace, String name) {
    return namespace.equals(e.getNamespaceURI()) && name.equals(e.getLocalName());
  }

  /** The child elements; text between them is a violation, as neither schema allows mixed content. */
  private static List<Element> children(Element parent, List<String> violations) {
    List<Element> children = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        children.add(e);
      }
    }
    if (!children.isEmpty()) {
      for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child.getNodeType() == Node.TEXT_NODE && !child.getNodeValue().isBlank()) {
          violations.add("text between the elements of " + parent.getLocalName());
        }
      }
    }
    return children;
  }

  /**
   * The attributes an element may have (unqualified names, or "{namespace}name"); namespace
   * declarations aside, any other is a violation, xml:lang (M4.4) and mc:Ignorable (M4.2) included.
   */
  private static void attributesOnly(Element e, Set<String> allowed, List<String> violations) {
    NamedNodeMap attributes = e.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      String namespace = attribute.getNamespaceURI();
      if (XMLNS.equals(namespace)) {
        continue;
      }
      String name = namespace == null ? attribute.getLocalName() : "{" + namespace + "}" + attribute.getLocalName();
      if (!allowed.contains(name)) {
        violations.add("unexpected attribute " + name + (MC.equals(namespace) ? " (Markup Compatibility)" : "")
            + " on " + e.getLocalName());
      }
    }
  }

  private static String required(Element e, String attribute, List<String> violations) {
    if (!e.hasAttribute(attribute)) {
      violations.add(e.getLocalName() + " without " + attribute);
    }
    return e.getAttribute(attribute);
  }

  private static void mediaType(String type, List<String> violations) {
    if (!MEDIA_TYPE.matcher(type).matches()) {
      violations.add("'" + type + "' is no media type");
    }
  }
}
