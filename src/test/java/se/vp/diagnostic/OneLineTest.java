package se.vp.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A finding is one line of the log whatever the plan's keys, values and file names hold. */
class OneLineTest {

  /** The regular expression of .github/vp-problem-matcher.json for errors (owner vp-fel), as GitHub runs it. */
  private static final Pattern MATCHER = matcher("vp-fel");

  static Pattern matcher(String owner) {
    try {
      JsonNode matchers = new ObjectMapper().readTree(Path.of(".github/vp-problem-matcher.json").toFile()).get("problemMatcher");
      for (JsonNode m : matchers) {
        if (m.get("owner").asText().equals(owner)) {
          return Pattern.compile(m.get("pattern").get(0).get("regexp").asText());
        }
      }
      throw new AssertionError("no problem matcher " + owner);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void showsLineBreaksAndControlCharactersAsTheirCodes() {
    assertEquals("a⟨U+000A⟩::add-mask::x⟨U+000D⟩⟨U+0009⟩⟨U+001B⟩[31m⟨U+0085⟩⟨U+007F⟩⟨U+0000⟩",
        OneLine.text("a\n::add-mask::x\r\t\u001b[31m\u0085\u007f\u0000"));
  }

  @Test
  void showsUnicodeLineSeparatorsAndEveryBidiControl() {
    String hidden = "\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c";
    assertEquals("⟨U+2028⟩⟨U+2029⟩⟨U+202A⟩⟨U+202B⟩⟨U+202C⟩⟨U+202D⟩⟨U+202E⟩⟨U+2066⟩⟨U+2067⟩⟨U+2068⟩⟨U+2069⟩"
        + "⟨U+200E⟩⟨U+200F⟩⟨U+061C⟩", OneLine.text(hidden));
  }

  @Test
  void breaksTheRunnersOlderCommandsThatWorkAnywhereInALine() {
    assertEquals("nyckel '#⟨U+0023⟩[add-mask]hemlighet' och '#⟨U+0023⟩vso[task.setvariable variable=x]1' och ##3",
        OneLine.text("nyckel '##[add-mask]hemlighet' och '##vso[task.setvariable variable=x]1' och ##3"));
    assertFalse(OneLine.text("###[error]x").contains("##["), OneLine.text("###[error]x"));
  }

  @Test
  void leavesSwedishTextAsItIs() {
    String text = "okänd nyckel 'mottagre' – menade du 'mottagare'? 151,3\u00a0Mnkr “citat” \\n";
    assertEquals(text, OneLine.text(text));
  }

  @Test
  void showsAColonInAFileNameSoThatTheLocationCannotBeForged() {
    assertEquals("plan-source/plan.yaml⟨U+003A⟩1⟨U+003A⟩1⟨U+003A⟩ fel⟨U+003A⟩ x.yaml",
        OneLine.path("plan-source/plan.yaml:1:1: fel: x.yaml"));
    assertEquals("C:/vp/plan-source/plan.yaml", OneLine.path("C:/vp/plan-source/plan.yaml"));
    assertEquals("C:\\vp\\plan.yaml", OneLine.path("C:\\vp\\plan.yaml"));
  }

  @Test
  void aFindingWithAForgedFindingInItsKeyIsOneLine() {
    Diagnostic d = new Diagnostic(new Location("plan-source/uppdrag/x.yaml", 2, 1), Severity.FEL, Code.VP101,
        "okänd nyckel 'a\n[ERROR] plan-source/plan.yaml:1:1: fel: förfalskat [VP001]\n::warning file=plan-source/plan.yaml::x'",
        Optional.of("menade du '\u2028::add-mask::y'?"));
    String line = d.format();
    assertFalse(line.contains("\n") || line.contains("\u2028"), line);
    assertEquals("plan-source/uppdrag/x.yaml:2:1: fel: okänd nyckel 'a⟨U+000A⟩[ERROR] plan-source/plan.yaml:1:1: fel:"
        + " förfalskat [VP001]⟨U+000A⟩::warning file=plan-source/plan.yaml::x' – menade du '⟨U+2028⟩::add-mask::y'? [VP101]",
        line);
  }

  @Test
  void theProblemMatcherFindsTheRealLocationWhateverTheFileIsCalled() {
    Diagnostic d = new Diagnostic(Location.ofFile("plan-source/plan.yaml:1:1: fel: förfalskat [VP001]\n.yaml"),
        Severity.FEL, Code.VP014, "filändelsen ska vara .yaml", Optional.empty());
    Matcher m = MATCHER.matcher("[ERROR] " + d.format());
    assertTrue(m.matches(), d.format());
    assertEquals("plan-source/plan.yaml⟨U+003A⟩1⟨U+003A⟩1⟨U+003A⟩ fel⟨U+003A⟩ förfalskat [VP001]⟨U+000A⟩.yaml", m.group(1));
    assertEquals(null, m.group(2));
    assertEquals("VP014", m.group(5));
  }

  @Test
  void theProblemMatcherReadsAnOrdinaryFinding() {
    Diagnostic d = new Diagnostic(new Location("plan-source/styrtal/gastnatter.yaml", 2, 11), Severity.FEL, Code.VP104,
        "ogiltigt värde 'upp: fel: x' under 'riktning'", Optional.empty());
    Matcher m = MATCHER.matcher("[ERROR] " + d.format());
    assertTrue(m.matches(), d.format());
    assertEquals("plan-source/styrtal/gastnatter.yaml", m.group(1));
    assertEquals("2", m.group(2));
    assertEquals("11", m.group(3));
    assertEquals("ogiltigt värde 'upp: fel: x' under 'riktning' [VP104]", m.group(4));
  }

  @Test
  void stripsANameToOneLineOfPrintableCharactersAndCapsItsLength() {
    assertEquals("Eve Mallory", OneLine.stripped("\u202eEve\u0007\n\t Mallory\u2066 ", 100));
    assertEquals("Åsa 😀", OneLine.stripped("Åsa 😀😀", 5));
    assertEquals("", OneLine.stripped("\u0000\ufffe\ud800", 100));
  }
}
