package se.vp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Severity;

/**
 * .ci/codequality.sh turns vp's log into GitLab's Code Quality report: a finding whose file name
 * or key is made to look like another finding is still one finding, at its own place.
 */
class CodeQualityReportTest {

  @TempDir Path dir;

  @Test
  void aFileNamedLikeAFindingIsReportedAtItsOwnPlace() throws Exception {
    Diagnostic forged = new Diagnostic(Location.ofFile("plan-source/plan.yaml:1:1: fel: förfalskat [VP001]\n.yaml"),
        Severity.FEL, Code.VP014, "filändelsen ska vara .yaml", Optional.empty());
    Diagnostic key = new Diagnostic(new Location("plan-source/uppdrag/x.yaml", 3, 1), Severity.VARNING, Code.VP101,
        "okänd nyckel 'a\n[ERROR] plan-source/plan.yaml:1:1: fel: förfalskat [VP001]'", Optional.empty());
    JsonNode report = report(List.of("[INFO] Scanning for projects...", "[ERROR] " + forged.format(),
        "[WARNING] " + key.format(), "[INFO] vp: 1 fel, 1 varning."));
    assertEquals(2, report.size(), report.toString());
    assertEquals("plan-source/plan.yaml⟨U+003A⟩1⟨U+003A⟩1⟨U+003A⟩ fel⟨U+003A⟩ förfalskat [VP001]⟨U+000A⟩.yaml",
        report.get(0).get("location").get("path").asText());
    assertEquals(1, report.get(0).get("location").get("lines").get("begin").asInt());
    assertEquals("VP014", report.get(0).get("check_name").asText());
    assertEquals("plan-source/uppdrag/x.yaml", report.get(1).get("location").get("path").asText());
    assertEquals(3, report.get(1).get("location").get("lines").get("begin").asInt());
    assertEquals("minor", report.get(1).get("severity").asText());
  }

  @Test
  void takesNoFindingWhosePlaceIsNotAPathAndALine() throws Exception {
    JsonNode report = report(List.of(
        "[ERROR] plan-source/a.yaml:1: fel: x [VP001]",
        "[ERROR] plan-source/a.yaml:x:1:1: fel: x [VP001]",
        "[ERROR] plan-source/a.yaml:2:3: fel: a: fel: b [VP101]"));
    assertEquals(1, report.size(), report.toString());
    assertEquals("plan-source/a.yaml", report.get(0).get("location").get("path").asText());
    assertEquals("a: fel: b [VP101]", report.get(0).get("description").asText());
  }

  private JsonNode report(List<String> log) throws IOException, InterruptedException {
    assumeTrue(new File("/bin/sh").canExecute(), "no /bin/sh: .ci/codequality.sh runs on GitLab's Linux runners only");
    Path file = dir.resolve("vp-validate.log");
    Files.write(file, log, StandardCharsets.UTF_8);
    Process sh = new ProcessBuilder("sh", ".ci/codequality.sh", file.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    byte[] out = sh.getInputStream().readAllBytes();
    assertEquals(0, sh.waitFor());
    return new ObjectMapper().readTree(out);
  }
}
