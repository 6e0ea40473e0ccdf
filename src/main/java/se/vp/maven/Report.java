package se.vp.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import se.vp.Validation;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Severity;

/** How the goals speak to the user: each finding on its own line, a count, then one failure. */
final class Report {

  private Report() {}

  /** A runtime failure in the core is vp's own bug or the machine's, never the user's input. */
  static MojoExecutionException internalError(RuntimeException e) {
    return new MojoExecutionException("vp stötte på ett internt fel (" + e + "); kör med -e för detaljer", e);
  }

  static void findings(Log log, Validation validation, boolean failOnWarning, String rerun)
      throws MojoFailureException {
    for (Diagnostic d : validation.diagnostics()) {
      if (d.severity() == Severity.FEL) {
        log.error(d.format());
      } else {
        log.warn(d.format());
      }
    }
    String count = count(validation.errors(), "fel", "fel") + ", "
        + count(validation.warnings(), "varning", "varningar");
    if (validation.errors() > 0) {
      throw new MojoFailureException(count + ". Rätta felen och kör " + rerun + " igen.");
    }
    if (failOnWarning && validation.warnings() > 0) {
      throw new MojoFailureException(count + ", och vp.failOnWarning är satt. Rätta varningarna och kör "
          + rerun + " igen.");
    }
    log.info("vp: " + count + ".");
  }

  static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
