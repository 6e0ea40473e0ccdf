package se.vp.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import se.vp.renumber.RenumberRequest;
import se.vp.scaffold.ScaffoldRequest;

/**
 * What a user sees of the plugin before running it: mvn vp:help, a description for every
 * parameter (mvn vp:help -Ddetail), the phase a goal binds to when listed in a pom without one.
 * Read from the descriptor maven-plugin-plugin generates from the Mojos' annotations and Javadoc.
 */
class PluginDescriptorTest {

  private static Document descriptor;

  @BeforeAll
  static void read() throws Exception {
    try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      descriptor = factory.newDocumentBuilder().parse(in);
    }
  }

  @Test
  void hasAHelpGoal() {
    assertTrue(goals().contains("help"), goals().toString());
  }

  @Test
  void runsOnTheJavaTheReadmePromises() {
    assertEquals("17", text(descriptor.getDocumentElement(), "requiredJavaVersion"));
  }

  @Test
  void describesEveryParameterOfEveryGoal() {
    List<String> undocumented = new ArrayList<>();
    for (Element mojo : children(descriptor.getDocumentElement(), "mojos", "mojo")) {
      for (Element parameter : children(mojo, "parameters", "parameter")) {
        String description = text(parameter, "description");
        if (description.isBlank()) {
          undocumented.add(text(mojo, "goal") + ": " + text(parameter, "name"));
        }
      }
    }
    assertEquals(List.of(), undocumented);
  }

  @Test
  void bindsValidateAndTheFormatCheckToTheValidatePhase() {
    for (Element mojo : children(descriptor.getDocumentElement(), "mojos", "mojo")) {
      String goal = text(mojo, "goal");
      if (goal.equals(ValidateMojo.GOAL) || goal.equals(FmtMojo.GOAL)) {
        assertEquals("validate", text(mojo, "phase"), goal);
      }
    }
  }

  /** vp:new refuses a -Dvp.* it does not know: the core's lists must name exactly the properties its goal reads. */
  @Test
  void vpNewKnowsExactlyThePropertiesItsGoalReads() {
    Set<String> known = new TreeSet<>(ScaffoldRequest.OPTIONS);
    known.addAll(ScaffoldRequest.SHARED);
    assertEquals(known, properties(NewMojo.GOAL));
  }

  /** So does vp:renumber, with vp.från, which is not ASCII. */
  @Test
  void vpRenumberKnowsExactlyThePropertiesItsGoalReads() {
    Set<String> known = new TreeSet<>(RenumberRequest.OPTIONS);
    known.addAll(ScaffoldRequest.SHARED);
    assertEquals(known, properties(RenumberMojo.GOAL));
  }

  /** The vp.* properties a goal reads, from its parameters' ${…} in the descriptor. */
  private Set<String> properties(String goal) {
    Element mojo = children(descriptor.getDocumentElement(), "mojos", "mojo").stream()
        .filter(m -> text(m, "goal").equals(goal)).findFirst().orElseThrow();
    Set<String> read = new TreeSet<>();
    for (Element configuration : children(mojo, "configuration", "*")) {
      Matcher property = Pattern.compile("\\$\\{(vp\\.\\p{L}+)}").matcher(configuration.getTextContent());
      if (property.find()) {
        read.add(property.group(1));
      }
    }
    return read;
  }

  /** jcl-over-slf4j gives the Commons Logging API to SLF4J; commons-logging itself would be a second copy of its classes. */
  @Test
  void hasOneCopyOfCommonsLogging() throws Exception {
    List<URL> copies = Collections.list(getClass().getClassLoader().getResources("org/apache/commons/logging/LogFactory.class"));
    assertEquals(1, copies.size(), copies.toString());
    assertTrue(copies.get(0).toString().contains("jcl-over-slf4j"), copies.toString());
    String log = org.apache.commons.logging.LogFactory.getLog("vp").getClass().getName();
    assertTrue(log.contains("SLF4J"), log);
  }

  private List<String> goals() {
    return children(descriptor.getDocumentElement(), "mojos", "mojo").stream().map(m -> text(m, "goal")).toList();
  }

  private static List<Element> children(Element parent, String list, String item) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(list)) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
          if (c instanceof Element ce && (item.equals("*") || ce.getTagName().equals(item))) {
            found.add(ce);
          }
        }
      }
    }
    return found;
  }

  private static String text(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e.getTextContent().strip();
      }
    }
    return "";
  }
}
