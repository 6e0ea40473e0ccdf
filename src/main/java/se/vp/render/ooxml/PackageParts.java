package se.vp.render.ooxml;

import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.docx4j.XmlUtils;
import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.packages.OpcPackage;
import se.vp.render.blocks.Metadata;

/**
 * What every Office file vp writes has in common: XML text escaped, the two property parts written
 * from the plan only, and the same bytes for the same sources.
 */
public final class PackageParts {

  /** What Word and PowerPoint show as the program that wrote the file and who saved it last. */
  public static final String APPLICATION = "vp";
  public static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  public static final String CORE_PART = "docProps/core.xml";
  public static final String EXTENDED_PART = "docProps/app.xml";

  /**
   * app.xml whole rather than kept from the reference file: only the program's name, no version,
   * template, company, editing time or page counts from whoever saved the reference.
   */
  public static final String EXTENDED_PROPERTIES =
      "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
          + "<Application>" + APPLICATION + "</Application><DocSecurity>0</DocSecurity></Properties>";

  private PackageParts() {}

  /** Text for XML content or an attribute: markup escaped, and characters XML 1.0 cannot hold left out. */
  public static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        default -> {
          if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c > 0xFFFF) {
            escaped.appendCodePoint(c);
          }
        }
      }
    });
    return escaped.toString();
  }

  /** core.xml: the plan's title, subject, description and nämnd, the date the plan gives, vp as the last to save it. */
  public static String coreProperties(Metadata metadata, Instant created) {
    String date = DateTimeFormatter.ISO_INSTANT.format(created);
    return "<cp:coreProperties"
        + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        + "<dc:title>" + escape(metadata.title()) + "</dc:title>"
        + (metadata.subject().isEmpty() ? "" : "<dc:subject>" + escape(metadata.subject()) + "</dc:subject>")
        + (metadata.description().isEmpty() ? ""
            : "<dc:description>" + escape(metadata.description()) + "</dc:description>")
        + "<dc:creator>" + escape(metadata.author()) + "</dc:creator>"
        + "<cp:lastModifiedBy>" + APPLICATION + "</cp:lastModifiedBy>"
        + "<dc:language>sv-SE</dc:language>"
        + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + date + "</dcterms:created>"
        + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + date + "</dcterms:modified></cp:coreProperties>";
  }

  /** Both property parts present in the package, so its content types and relationships name them. */
  public static void setProperties(OpcPackage pkg, String core) throws JAXBException {
    if (pkg.getDocPropsCorePart() == null) {
      pkg.addDocPropsCorePart();
    }
    pkg.getDocPropsCorePart().setJaxbElement((CoreProperties) XmlUtils.unmarshalString(core, Context.jcDocPropsCore));
    if (pkg.getDocPropsExtendedPart() == null) {
      pkg.addDocPropsExtendedPart();
    }
    pkg.getDocPropsExtendedPart().setJaxbElement((org.docx4j.docProps.extended.Properties)
        XmlUtils.unmarshalString(EXTENDED_PROPERTIES, Context.jcDocPropsExtended));
  }

  /**
   * A zip's entries carry the time they were written, and JAXB declares the property parts'
   * namespaces in an order that differs from one JVM to the next: the entries get the plan's time
   * and the named parts the bytes vp wrote, so the same input gives the same bytes anywhere.
   */
  public static byte[] fixedBytes(byte[] saved, Instant created, Map<String, String> parts) throws IOException {
    LocalDateTime time = LocalDateTime.ofInstant(created, ZoneOffset.UTC);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(saved));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(time);
        zip.putNextEntry(copy);
        if (parts.containsKey(entry.getName())) {
          zip.write(parts.get(entry.getName()).getBytes(StandardCharsets.UTF_8));
        } else {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
