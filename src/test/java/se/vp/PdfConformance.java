package se.vp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * What veraPDF says of a PDF vp writes: archivable with its structure (PDF/A-2a, level A: tagged, Unicode
 * for all text) and accessible (PDF/UA-1), or the rules it breaks.
 */
public final class PdfConformance {

  private PdfConformance() {}

  public static void assertConforms(byte[] pdf, String what) throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1)) {
      try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
          PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
        ValidationResult validation = validator.validate(parser);
        List<String> failed = validation.getTestAssertions().stream()
            .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
            .map(a -> a.getRuleId() + ": " + a.getMessage()).distinct().limit(5).toList();
        assertTrue(validation.isCompliant(), what + " " + flavour + " " + failed);
      }
    }
  }
}
