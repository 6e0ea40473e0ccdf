package se.vp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.schemas.ooxml.system.ooxml.TypeSystemHolder;
import org.apache.xmlbeans.SchemaTypeLoader;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * What the ECMA-376 / ISO 29500 transitional schemas say of a DOCX vp writes: every XML part of
 * the package validated against them, as Apache POI compiled them for XMLBeans (poi-ooxml-full).
 * Word's own extensions (w14, w15 …) are read as a consumer must read them under Markup
 * Compatibility (ISO 29500-3): the namespaces a part declares ignorable are left out, and of an
 * mc:AlternateContent only the fallback is kept, so what remains is what the standard defines.
 * A part whose root the schemas do not know is itself a violation, so nothing passes unchecked,
 * except the two parts Part 2 (OPC) defines, which POI reads with its own code and has no schema
 * for: [Content_Types].xml and docProps/core.xml. Those are checked against {@link OpcParts}.
 */
public final class DocxConformance {

  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  private static final SchemaTypeLoader SCHEMAS = TypeSystemHolder.typeSystem;

  private DocxConformance() {}

  /** Fails with every violation of every part, each as "part: line: message". */
  public static void assertConforms(byte[] docx, String what) throws Exception {
    assertEquals(List.of(), violations(docx), what + " is not valid ISO 29500 transitional");
  }

  /** The violations of every XML part, each as "part: message"; empty when all are valid. */
  public static List<String> violations(byte[] docx) throws Exception {
    List<String> violations = new ArrayList<>();
    Map<String, byte[]> parts = parts(docx);
    if (parts.isEmpty()) {
      return List.of("the file is no zip package with parts");
    }
    for (Map.Entry<String, byte[]> part : parts.entrySet()) {
      String name = part.getKey();
      if (!name.endsWith(".xml") && !name.endsWith(".rels")) {
        continue;
      }
      Document dom = parse(part.getValue());
      if (OpcParts.defines(name)) {
        OpcParts.violations(name, dom, parts.keySet()).forEach(v -> violations.add(name + ": " + v));
        continue;
      }
      ignoreExtensions(dom.getDocumentElement(), Set.of());
      XmlObject xml;
      try {
        xml = SCHEMAS.parse(dom, null, new XmlOptions().setLoadLineNumbers());
      } catch (XmlException e) {
        violations.add(name + ": " + e.getMessage());
        continue;
      }
      if (xml.schemaType().isNoType() || !xml.schemaType().isDocumentType()) {
        violations.add(name + ": no schema defines its root element {" + dom.getDocumentElement().getNamespaceURI()
            + "}" + dom.getDocumentElement().getLocalName());
        continue;
      }
      List<XmlError> errors = new ArrayList<>();
      xml.validate(new XmlOptions().setErrorListener(errors));
      errors.forEach(error -> violations.add(name + ": " + error.getMessage()));
    }
    return violations;
  }

  private static Map<String, byte[]> parts(byte[] docx) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (!entry.isDirectory()) {
          parts.put(entry.getName(), zip.readAllBytes());
        }
      }
    }
    return parts;
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return factory.newDocumentBuilder().parse(new InputSource(new ByteArrayInputStream(xml)));
  }

  /**
   * Markup Compatibility as a consumer of the transitional schemas applies it: elements and
   * attributes of a namespace declared ignorable where they stand (or above) are dropped, an
   * AlternateContent becomes its Fallback, and the mc attributes themselves go.
   */
  private static void ignoreExtensions(Element element, Set<String> inherited) {
    Set<String> ignorable = new HashSet<>(inherited);
    for (String prefix : element.getAttributeNS(MC, "Ignorable").split("\\s+")) {
      String namespace = prefix.isEmpty() ? null : element.lookupNamespaceURI(prefix);
      if (namespace != null) {
        ignorable.add(namespace);
      }
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = attributes.getLength() - 1; i >= 0; i--) {
      Attr attribute = (Attr) attributes.item(i);
      String namespace = attribute.getNamespaceURI();
      if (MC.equals(namespace) || ignorable.contains(namespace)) {
        element.removeAttributeNode(attribute);
      }
    }
    for (Node child = element.getFirstChild(); child != null; ) {
      Node next = child.getNextSibling();
      if (child instanceof Element e) {
        if (MC.equals(e.getNamespaceURI()) && e.getLocalName().equals("AlternateContent")) {
          next = fallback(e);
        } else if (ignorable.contains(e.getNamespaceURI())) {
          element.removeChild(e);
        } else {
          ignoreExtensions(e, ignorable);
        }
      }
      child = next;
    }
  }

  /** Replaces an AlternateContent by what its Fallback holds; returns the node to go on with. */
  private static Node fallback(Element alternate) {
    Node parent = alternate.getParentNode();
    Node after = alternate.getNextSibling();
    Node first = null;
    for (Node child = alternate.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && MC.equals(e.getNamespaceURI()) && e.getLocalName().equals("Fallback")) {
        while (e.getFirstChild() != null) {
          Node moved = e.getFirstChild();
          first = first == null ? moved : first;
          parent.insertBefore(moved, alternate);
        }
      }
    }
    parent.removeChild(alternate);
    return first != null ? first : after;
  }
}
