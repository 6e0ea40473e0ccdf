package se.vp.maven;

/**
 * Keeps the libraries' own logging out of the Maven console. docx4j logs through SLF4J, which in
 * Maven is a simple logger whose per-logger level is read from system properties when a logger
 * is first made; setting them before docx4j makes its loggers leaves the user with vp's lines.
 * They are off, errors too: a library's message can quote the plan or a template (a value, a
 * file name, CSS) with its line breaks, and only vp's own lines are made one line (OneLine).
 * Whatever goes wrong in a library reaches the user as vp's finding, its cause with -Dvp.debug.
 */
final class Quiet {

  private static final String[] LOGGERS = {"org.docx4j", "org.pptx4j", "org.xlsx4j", "org.apache.fop",
    "org.apache.xmlgraphics", "com.openhtmltopdf", "org.apache.pdfbox", "com.networknt", "org.eclipse.jgit", "freemarker"};

  private Quiet() {}

  static void libraries() {
    for (String logger : LOGGERS) {
      String key = "org.slf4j.simpleLogger.log." + logger;
      if (System.getProperty(key) == null) {
        System.setProperty(key, "off");
      }
    }
  }
}
