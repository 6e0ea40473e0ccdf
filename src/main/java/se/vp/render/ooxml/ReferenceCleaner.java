package se.vp.render.ooxml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Severity;
import se.vp.diagnostic.VpException;
import se.vp.render.writer.TemplateFile;

/**
 * A reference file of templates/ (referens.docx, referens.pptx) reduced to its look before any
 * handling is made from it: for a Word document styles, numbering, theme, fonts, settings, page
 * setup and the header and footer with their pictures; for a presentation its masters, layouts and
 * themes with their pictures. Everything else a pull request can put in it, and Word or PowerPoint
 * would act on when a secretary opens a handling, is dropped and named: relationships to anything
 * outside the package (an attached template, a picture or text fetched from a server or a UNC path),
 * fields other than PAGE, NUMPAGES and DATE (INCLUDEPICTURE, INCLUDETEXT, …), macros, embedded
 * objects and controls, custom XML, building blocks, comments. The sample content goes too (a
 * document's body text, a presentation's slides): the handling writes its own. What each kind of
 * package keeps is its {@link Profile}.
 */
public final class ReferenceCleaner {

  /** The reference document as vp uses it, and what was taken out, each said once. */
  public record Cleaned(byte[] bytes, List<String> dropped) {}

  /** A reference document that is no package vp can clean: not a zip, a DOCTYPE, beyond the limits. */
  public static final class Unusable extends Exception {
    Unusable(String message) {
      super(message);
    }
  }

  public static final int MAX_ENTRIES = 1_000;
  public static final long MAX_UNPACKED_BYTES = 64L << 20;

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
  private static final String OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  private static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final Set<String> FIELDS = Set.of("PAGE", "NUMPAGES", "DATE");

  /**
   * What a kind of package keeps: its file in templates/, how messages name it ("referensdokumentet",
   * "dokumentet självt", "Word-dokument"), the content type of its main part (a macro-enabled file or
   * a template is made a plain one), and what each kind of part may refer to, by the last word of the
   * relationship type ("package" for the package itself).
   */
  public record Profile(String file, String definite, String itself, String noun, String mainContentType,
      Map<String, Set<String>> kept) {}

  /** Far more than a reference file of styles, layouts and a logotype needs. */
  public static final int MAX_BYTES = 16 << 20;

  /** A Word document keeps its look: styles, numbering, theme, fonts, settings, page setup, header and footer. */
  public static final Profile WORD = new Profile("referens.docx", "referensdokumentet", "dokumentet självt",
      "Word-dokument",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", Map.of(
      "package", Set.of("officeDocument", "core-properties", "extended-properties"),
      "officeDocument", Set.of("styles", "stylesWithEffects", "numbering", "theme", "fontTable", "settings",
          "webSettings", "header", "footer", "footnotes", "endnotes"),
      "header", Set.of("image"),
      "footer", Set.of("image"),
      "footnotes", Set.of("image"),
      "endnotes", Set.of("image"),
      "numbering", Set.of("image"),
      "theme", Set.of("image"),
      "fontTable", Set.of("font")));

  /** A presentation keeps its masters, layouts and themes with their pictures; no slide, handout or comment. */
  public static final Profile POWERPOINT = new Profile("referens.pptx", "referenspresentationen",
      "presentationen själv", "PowerPoint-presentation",
      "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", Map.of(
      "package", Set.of("officeDocument", "core-properties", "extended-properties"),
      "officeDocument", Set.of("slideMaster", "notesMaster", "theme", "presProps", "viewProps", "tableStyles"),
      "slideMaster", Set.of("slideLayout", "theme", "image"),
      "slideLayout", Set.of("slideMaster", "image"),
      "notesMaster", Set.of("theme", "image"),
      "theme", Set.of("image")));

  /** How a dropped relationship is named in a finding; one not named here is dropped without a word. */
  private static final Map<String, String> NAMED = Map.ofEntries(
      Map.entry("vbaProject", "makron"),
      Map.entry("wordVbaData", "makron"),
      Map.entry("keyMapCustomizations", "makron"),
      Map.entry("attachedToolbars", "makron"),
      Map.entry("oleObject", "inbäddade objekt"),
      Map.entry("package", "inbäddade objekt"),
      Map.entry("control", "kontroller (ActiveX)"),
      Map.entry("activeXControlBinary", "kontroller (ActiveX)"),
      Map.entry("customXml", "egen XML"),
      Map.entry("custom-properties", "egna dokumentegenskaper"),
      Map.entry("glossaryDocument", "byggblock"),
      Map.entry("aFChunk", "inbäddade dokument (altChunk)"),
      Map.entry("subDocument", "underdokument"),
      Map.entry("attachedTemplate", "den bifogade dokumentmallen"),
      Map.entry("mailMergeSource", "kopplingens datakälla"),
      Map.entry("recipientData", "kopplingens datakälla"),
      Map.entry("frame", "ramar (frames)"),
      Map.entry("digital-signature/origin", "digital signatur"));

  /**
   * Elements Word acts on, taken out of every part wherever they stand, with how a finding names
   * them; those named "" go without a word (their relationship, when they have one, is named).
   */
  private static final Map<String, String> REMOVED = Map.of(
      "object", "inbäddade objekt",
      "control", "kontroller (ActiveX)",
      "altChunk", "",
      "subDoc", "",
      "attachedTemplate", "",
      "mailMerge", "dokumentkopplingen",
      "docVars", "",
      "customXml", "egen XML");

  private final Profile profile;
  private final Map<String, byte[]> parts;
  private final Set<String> dropped = new LinkedHashSet<>();
  private final DocumentBuilder parser;

  private ReferenceCleaner(Profile profile, Map<String, byte[]> parts) throws Unusable {
    this.profile = profile;
    this.parts = parts;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      this.parser = factory.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new Unusable("XML-läsaren kan inte ställas in: " + e.getMessage());
    }
  }

  /**
   * Reads the profile's reference file from templates/ and cleans it, once per render. A link is
   * refused as everywhere in templates/, and only a regular file within {@link #MAX_BYTES} is opened.
   */
  public static Cleaned read(Path templates, String displayFolder, Profile profile) throws VpException {
    try {
      byte[] file = TemplateFile.read(templates, displayFolder, profile.file(), profile.definite(), profile.itself(),
          MAX_BYTES).orElseThrow(() -> failure(displayFolder, profile, profile.definite() + " " + profile.file()
              + " saknas", null));
      return clean(file, profile);
    } catch (IOException e) {
      throw failure(displayFolder, profile, profile.definite() + " kan inte läsas", e);
    } catch (Unusable e) {
      throw failure(displayFolder, profile, profile.definite() + " kan inte användas: " + e.getMessage(), null);
    }
  }

  /** The reference file cannot be used: an error at it (VP303). */
  public static VpException failure(String displayFolder, Profile profile, String message, Exception cause) {
    return new VpException(new Diagnostic(Location.ofFile(displayFolder + "/" + profile.file()), Severity.FEL,
        Code.VP303, message, Optional.empty()), cause);
  }

  public static Cleaned clean(byte[] file, Profile profile) throws Unusable {
    return new ReferenceCleaner(profile, unpack(file, profile)).clean();
  }

  private Cleaned clean() throws Unusable {
    Map<String, byte[]> kept = new LinkedHashMap<>();
    Deque<String[]> toVisit = new ArrayDeque<>();
    toVisit.add(new String[] {"", "package"});
    Set<String> visited = new HashSet<>();
    String mainPart = null;
    while (!toVisit.isEmpty()) {
      String[] next = toVisit.poll();
      String part = next[0];
      String kind = next[1];
      if (!visited.add(part)) {
        continue;
      }
      String relsName = relsOf(part);
      Set<String> droppedIds = new HashSet<>();
      if (parts.containsKey(relsName)) {
        Document rels = parse(relsName);
        for (Element rel : children(rels.getDocumentElement(), PACKAGE_RELS, "Relationship")) {
          String type = rel.getAttribute("Type");
          String shortType = shortType(type);
          String target = "External".equals(rel.getAttribute("TargetMode")) ? null
              : resolve(part, rel.getAttribute("Target"));
          boolean external = target == null;
          if (external || target == null || !parts.containsKey(target)
              || !profile.kept().getOrDefault(kind, Set.of()).contains(shortType)) {
            if (external) {
              drop("en länk ut ur dokumentet, till " + shorten(rel.getAttribute("Target"))
                  + (NAMED.containsKey(shortType) ? " (" + NAMED.get(shortType) + ")" : ""));
            } else if (NAMED.containsKey(shortType)) {
              drop(NAMED.get(shortType));
            }
            droppedIds.add(rel.getAttribute("Id"));
            rel.getParentNode().removeChild(rel);
            continue;
          }
          if (shortType.equals("officeDocument")) {
            mainPart = target;
          }
          toVisit.add(new String[] {target, shortType});
        }
        kept.put(relsName, serialise(rels));
      }
      if (!part.isEmpty()) {
        kept.put(part, isXml(part) ? cleanPart(part, kind, droppedIds) : parts.get(part));
      }
    }
    if (mainPart == null) {
      throw new Unusable("paketet har inget huvuddokument");
    }
    kept.put(CONTENT_TYPES, contentTypes(kept.keySet(), mainPart));
    Map<String, byte[]> ordered = new LinkedHashMap<>();
    parts.keySet().stream().filter(kept::containsKey).forEach(name -> ordered.put(name, kept.get(name)));
    return new Cleaned(pack(ordered), List.copyOf(dropped));
  }

  /** A part's XML without what Word would act on; the body of the main document keeps only its page setup. */
  private byte[] cleanPart(String name, String kind, Set<String> droppedIds) throws Unusable {
    Document document = parse(name);
    Element root = document.getDocumentElement();
    if (kind.equals("officeDocument")) {
      for (Element body : children(root, W, "body")) {
        for (Node child = body.getFirstChild(); child != null; ) {
          Node next = child.getNextSibling();
          if (!(child instanceof Element e && W.equals(e.getNamespaceURI()) && e.getLocalName().equals("sectPr"))) {
            body.removeChild(child);
          }
          child = next;
        }
      }
    }
    removeReferencesTo(root, droppedIds);
    removeElements(root);
    removeFields(root);
    return serialise(document);
  }

  /** Elements that point at a dropped relationship: a hyperlink keeps its text, anything else goes. */
  private void removeReferencesTo(Element root, Set<String> droppedIds) {
    if (droppedIds.isEmpty()) {
      return;
    }
    for (Element element : descendants(root)) {
      NamedNodeMap attributes = element.getAttributes();
      for (int i = attributes.getLength() - 1; i >= 0; i--) {
        Attr attribute = (Attr) attributes.item(i);
        if (!R.equals(attribute.getNamespaceURI()) || !droppedIds.contains(attribute.getValue())) {
          continue;
        }
        if (W.equals(element.getNamespaceURI()) && element.getLocalName().equals("hyperlink")) {
          unwrap(element);
        } else if (attribute.getLocalName().equals("link")) {
          element.removeAttributeNode(attribute);
        } else if (element.getParentNode() != null) {
          element.getParentNode().removeChild(element);
        }
        break;
      }
    }
  }

  private void removeElements(Element root) {
    for (Element element : descendants(root)) {
      String what = W.equals(element.getNamespaceURI()) ? REMOVED.get(element.getLocalName()) : null;
      if (what != null && element.getParentNode() != null) {
        if (!what.isEmpty()) {
          drop(what);
        }
        if (element.getLocalName().equals("customXml")) {
          unwrap(element);
        } else {
          element.getParentNode().removeChild(element);
        }
      }
    }
  }

  /**
   * Fields other than PAGE, NUMPAGES and DATE lose their instructions and keep the text they last
   * showed: a simple field is unwrapped, a complex one loses its field characters and instructions.
   */
  private void removeFields(Element root) {
    for (Element simple : descendants(root)) {
      if (isW(simple, "fldSimple") && !allowed(simple.getAttributeNS(W, "instr"))) {
        dropField(simple.getAttributeNS(W, "instr"));
        unwrap(simple);
      }
    }
    record Field(List<Element> marks, StringBuilder instructions) {}
    Deque<Field> open = new ArrayDeque<>();
    List<Element> removed = new ArrayList<>();
    for (Element element : descendants(root)) {
      if (isW(element, "fldChar")) {
        String type = element.getAttributeNS(W, "fldCharType");
        if (type.equals("begin")) {
          open.push(new Field(new ArrayList<>(List.of(element)), new StringBuilder()));
        } else if (!open.isEmpty()) {
          open.peek().marks().add(element);
          if (type.equals("end")) {
            Field field = open.pop();
            if (!allowed(field.instructions().toString())) {
              dropField(field.instructions().toString());
              removed.addAll(field.marks());
            }
          }
        }
      } else if ((isW(element, "instrText") || isW(element, "delInstrText")) && !open.isEmpty()) {
        open.peek().instructions().append(element.getTextContent());
        open.peek().marks().add(element);
      }
    }
    // A field never ended is no field Word can show; its parts go too.
    open.forEach(field -> {
      dropField(field.instructions().toString());
      removed.addAll(field.marks());
    });
    removed.forEach(element -> {
      if (element.getParentNode() != null) {
        element.getParentNode().removeChild(element);
      }
    });
  }

  private static boolean allowed(String instructions) {
    String[] words = instructions.strip().split("\\s+", 2);
    return FIELDS.contains(words[0].toUpperCase(Locale.ROOT));
  }

  private void dropField(String instructions) {
    String name = instructions.strip().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
    drop(name.isEmpty() ? "ett tomt fält" : "fältet " + shorten(name));
  }

  private byte[] contentTypes(Set<String> kept, String mainPart) throws Unusable {
    if (!parts.containsKey(CONTENT_TYPES)) {
      throw new Unusable("paketet saknar " + CONTENT_TYPES);
    }
    Document types = parse(CONTENT_TYPES);
    for (Element override : children(types.getDocumentElement(), TYPES, "Override")) {
      String name = override.getAttribute("PartName").replaceFirst("^/", "");
      if (!kept.contains(name)) {
        override.getParentNode().removeChild(override);
      } else if (name.equals(mainPart) && !override.getAttribute("ContentType").equals(profile.mainContentType())) {
        // A macro-enabled document or a template made into a plain document.
        override.setAttribute("ContentType", profile.mainContentType());
      }
    }
    return serialise(types);
  }

  private void drop(String what) {
    dropped.add(what);
  }

  private Document parse(String name) throws Unusable {
    try {
      return parser.parse(new ByteArrayInputStream(parts.get(name)));
    } catch (SAXException | IOException e) {
      boolean doctype = String.valueOf(e.getMessage()).contains("DOCTYPE");
      throw new Unusable(name + " är inte giltig XML" + (doctype ? " (DOCTYPE och entiteter tillåts inte)" : ""));
    }
  }

  private static byte[] serialise(Document document) throws Unusable {
    try {
      Transformer transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.setOutputProperty(OutputKeys.STANDALONE, "yes");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      transformer.transform(new DOMSource(document), new StreamResult(out));
      return out.toByteArray();
    } catch (TransformerException e) {
      throw new Unusable("XML kan inte skrivas: " + e.getMessage());
    }
  }

  /** The zip's entries by name, within the limits; a name twice, or two that differ only in case, is refused. */
  private static Map<String, byte[]> unpack(byte[] file, Profile profile) throws Unusable {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    Set<String> names = new HashSet<>();
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.isDirectory()) {
          continue;
        }
        if (parts.size() >= MAX_ENTRIES) {
          throw new Unusable("paketet har fler än " + MAX_ENTRIES + " delar");
        }
        if (!names.add(entry.getName().toLowerCase(Locale.ROOT))) {
          throw new Unusable("paketet har delen " + shorten(entry.getName()) + " två gånger");
        }
        byte[] bytes = readAtMost(zip, MAX_UNPACKED_BYTES - total);
        total += bytes.length;
        parts.put(entry.getName(), bytes);
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new Unusable("filen är inget " + profile.noun() + " (ingen giltig zip)");
    }
    if (parts.isEmpty()) {
      throw new Unusable("filen är inget " + profile.noun() + " (ingen giltig zip)");
    }
    return parts;
  }

  private static byte[] readAtMost(InputStream in, long limit) throws IOException, Unusable {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
      if (out.size() + (long) read > limit) {
        throw new Unusable("paketet packas upp till mer än " + (MAX_UNPACKED_BYTES >> 20) + " MiB");
      }
      out.write(buffer, 0, read);
    }
    return out.toByteArray();
  }

  private static byte[] pack(Map<String, byte[]> parts) throws Unusable {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        ZipEntry entry = new ZipEntry(part.getKey());
        entry.setTime(0);
        zip.putNextEntry(entry);
        zip.write(part.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new Unusable("paketet kan inte skrivas: " + e.getMessage());
    }
    return out.toByteArray();
  }

  /** The relationships part of a part: "_rels/.rels" for the package, "word/_rels/document.xml.rels". */
  private static String relsOf(String part) {
    int slash = part.lastIndexOf('/');
    return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
  }

  /** A relationship's target as a part name, or null when it leaves the package. */
  private static String resolve(String source, String target) {
    try {
      URI base = new URI("/" + source);
      URI resolved = base.resolve(reference(target)).normalize();
      String path = resolved.getPath();
      if (resolved.getScheme() != null || resolved.getAuthority() != null || path == null || !path.startsWith("/")
          || path.startsWith("/..")) {
        return null;
      }
      return path.substring(1);
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /** A target as written, percent-encoded as the standard asks, or as Word sometimes writes it, unencoded. */
  private static URI reference(String target) throws URISyntaxException {
    try {
      return new URI(target);
    } catch (URISyntaxException e) {
      return new URI(null, null, target, null);
    }
  }

  private static String shortType(String type) {
    if (type.startsWith(OFFICE)) {
      return type.substring(OFFICE.length());
    }
    if (type.endsWith("/digital-signature/origin")) {
      return "digital-signature/origin";
    }
    return type.substring(type.lastIndexOf('/') + 1);
  }

  private static boolean isXml(String part) {
    String lower = part.toLowerCase(Locale.ROOT);
    return lower.endsWith(".xml") || lower.endsWith(".rels");
  }

  private static boolean isW(Element element, String name) {
    return W.equals(element.getNamespaceURI()) && element.getLocalName().equals(name);
  }

  private static void unwrap(Element element) {
    Node parent = element.getParentNode();
    if (parent == null) {
      return;
    }
    while (element.getFirstChild() != null) {
      parent.insertBefore(element.getFirstChild(), element);
    }
    parent.removeChild(element);
  }

  private static List<Element> children(Element parent, String namespace, String name) {
    List<Element> children = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && namespace.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
        children.add(e);
      }
    }
    return children;
  }

  /** Every element below the root in document order, listed before any is changed. */
  private static List<Element> descendants(Element root) {
    List<Element> all = new ArrayList<>();
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      if (node instanceof Element e) {
        all.add(e);
      }
      for (Node child = node.getLastChild(); child != null; child = child.getPreviousSibling()) {
        stack.push(child);
      }
    }
    return all;
  }

  private static String shorten(String text) {
    String one = text.replaceAll("\\p{Cntrl}", " ");
    return one.length() <= 80 ? one : one.substring(0, 79) + "…";
  }
}
