package se.vp.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.TestPlan;
import se.vp.Validation;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Severity;
import se.vp.view.PlanViews;
import se.vp.view.Views;

class MarkdownReportTest {

  /** U+2060 WORD JOINER as an entity: shows nothing, and no link, mention or reference runs across it. */
  private static final String WJ = "&#8288;";

  /** What a proposal would like the comment to link, show or mention, as a GitHub comment would. */
  private static final String ATTACK = "Se https://evil.example/x, www.evil.example, WWW.EVIL.EXAMPLE, HTTP://EVIL.EXAMPLE,"
      + " ftp://evil.example, mailto:a@evil.example, xmpp:a@evil.example, a@evil.example, @alla, @org/team, #12,"
      + " GH-123, gh-7, owner/repo#5, <img src=x onerror=alert(1)>, ![bild](https://evil.example/p.png),"
      + " [länk](https://evil.example), <https://evil.example>, [^1], <!-- dolt -->, `kod`,"
      + " \u202eemoc.elpmaxe\u202c \u2066x\u2069 \u200e\u200f\u061c rad\u2028två\u2029tre\u0007";

  @TempDir Path before;
  @TempDir Path after;

  @Test
  void writesPlanTextAsTextInAComment() {
    assertEquals("&lt;img src=x onerror=alert(1)&gt; &#64;" + WJ + "alla \\*fet\\* \\[länk\\](https" + WJ + "://x) &#35;" + WJ
            + "12 \\`kod\\` a&amp;b",
        MarkdownReport.escape("<img src=x onerror=alert(1)> @alla *fet* [länk](https://x) #12 `kod` a&b"));
  }

  @Test
  void keepsAReportOnOneLinePerField() {
    assertEquals("första andra tredje fjärde", MarkdownReport.escape("första\nandra\u2028tredje\r\n\u2029fjärde"));
  }

  @Test
  void breaksWhatGitHubWouldLinkWithAnInvisibleWordJoiner() {
    assertEquals("https" + WJ + "://evil.example www" + WJ + ".evil.example WWW" + WJ + ".x.se GH-" + WJ + "123 gh-" + WJ + "7"
            + " mailto" + WJ + ":a&#64;" + WJ + "b.se",
        MarkdownReport.escape("https://evil.example www.evil.example WWW.x.se GH-123 gh-7 mailto:a@b.se"));
  }

  @Test
  void leavesOrdinaryTextAsItIs() {
    assertEquals("Mål: öka till 2026 – 151,3\u00a0Mnkr; www, GH-ärenden, nr 31:a, högre.", MarkdownReport.escape(
        "Mål: öka till 2026 – 151,3\u00a0Mnkr; www, GH-ärenden, nr 31:a, högre."));
  }

  @Test
  void showsBidiAndControlCharactersByTheirCode() {
    assertEquals("⟨U+202E⟩abc⟨U+202C⟩ ⟨U+2066⟩x⟨U+2069⟩ ⟨U+200E⟩⟨U+200F⟩⟨U+061C⟩⟨U+0007⟩",
        MarkdownReport.escape("\u202eabc\u202c \u2066x\u2069 \u200e\u200f\u061c\u0007"));
  }

  /** The text of ATTACK as a GFM renderer shows it: no link, image, HTML or mention can come from it. */
  @Test
  void aGfmRendererMakesNoLinkImageOrMentionFromPlanText() throws Exception {
    assertNothingActive(html("- **Ny** " + MarkdownReport.escape(ATTACK) + "\n"));
  }

  /**
   * The same through a whole report, the attack written into a styrtal of the committed plan
   * (without its BEL and line separators, which the reader refuses before any diff: VP026, VP027).
   */
  @Test
  void aGfmRendererMakesNoLinkImageOrMentionFromAWholeReport() throws Exception {
    TestPlan proposal = TestPlan.committed(after);
    proposal.edit("styrtal/sjukfranvaro.yaml", "text: Sjukfrånvaron ska minska.", "text: \"" + yaml(ATTACK.replaceAll("[\u0007\u2028\u2029]", "")) + "\"");
    String markdown = MarkdownReport.of(Comparison.of("main (abc1234)", "", view(TestPlan.committed(before)), view(proposal)));
    assertTrue(markdown.contains("evil"), markdown);
    assertNothingActive(html(markdown));
  }

  /** Issue 13: an amount of the economy as before, after and change, its label once. */
  @Test
  void showsARamanslagAsBeforeAfterAndChangeUnderItsLabelOnce() {
    String raised = report(plan -> plan.edit("ekonomi.yaml", "  mnkr: 151.3", "  mnkr: 151.9")
        .edit("ekonomi.yaml", "föregående-år-mnkr: 146.8", "föregående-år-mnkr: 147.4"));
    assertTrue(raised.contains("\n- **ändrad** ramanslag: 151,3 → 151,9\u00a0Mnkr (+0,6)\n"), raised);
    assertFalse(raised.contains("  - ramanslag:"), raised);
    assertTrue(raised.contains("\n- **ändrad** ramanslag föregående år: 146,8 → 147,4\u00a0Mnkr (+0,6)\n"), raised);
  }

  @Test
  void replacesAFigureInATextWhole() {
    String markdown = report(plan -> plan.edit("styrtal/nystartade-foretag.yaml", "per 1 000 invånare", "per 10 000 invånare"));
    assertTrue(markdown.contains("  - text: Antal nystartade företag per<del> 1 000</del><ins> 10 000</ins> invånare i Örebro län\n"),
        markdown);
  }

  /** Issue 13: a list read "…län.; Antal…"; now each entry is a line of its own, with what became of it. */
  @Test
  void comparesAListEntryByEntry() {
    String markdown = report(plan -> plan.with("omvarld.yaml", """
        omvärldsfaktorer:
          - Osäker geopolitik
          - Demografi
          - Ojämlik kapacitet i länets små kommuner
          - Utbildning och kompetensförsörjningen
          - Klimatanpassning
        interna-utmaningar:
          - Framtida finansiering av innovationsstödssystemet
          - Översyn av folkhögskolornas statsbidragsvillkor
        """));
    assertTrue(markdown.contains("""
        - **ändrad** Omvärldsfaktorer:
          - Osäker geopolitik (flyttad från plats 5 till 1)
          - Ojämlik kapacitet i länets<ins> små</ins> kommuner (ändrad)
          - <del>Grön omställning</del> (borttagen)
          - <ins>Klimatanpassning</ins> (tillagd)
        """), markdown);
  }

  /** Issue 13: a comment may hold 65 536 characters; a longer report is counted, shortened and points to the whole. */
  @Test
  void shortensAReportLongerThanACommentToASummaryAndThePlaceOfTheWhole() {
    Views.Plan plan = view(TestPlan.committed(before));
    java.util.List<Change> changes = new java.util.ArrayList<>();
    String text = "Att främja ett väl fungerande system för kompetensförsörjning i hela länet. ".repeat(10);
    for (int i = 0; i < 600; i++) {
      changes.add(new Change("Uppdrag", Change.Type.ANDRAD, "Uppdrag " + i,
          java.util.List.of(new Change.Field("text", java.util.List.of(text + i), java.util.List.of(text + (i + 1))))));
    }
    for (int i = 0; i < 400; i++) {
      changes.add(new Change("Styrtal", i % 2 == 0 ? Change.Type.TILLAGD : Change.Type.BORTTAGEN, "Styrtal " + i,
          java.util.List.of(new Change.Field("text", java.util.List.of(), java.util.List.of(text)))));
    }
    String markdown = MarkdownReport.of(new Comparison("main", "", plan, plan, changes));
    assertTrue(markdown.length() <= 65_536, markdown.length() + " characters");
    assertTrue(markdown.startsWith(MarkdownReport.MARKER + "\n" + MarkdownReport.SHORTENED + "\n"), markdown);
    assertTrue(markdown.contains("| Uppdrag | 600 ändrade |\n| Styrtal | 200 tillagda, 200 borttagna |\n"), markdown);
    Matcher left = Pattern.compile("… och (\\d+) ändringar till \\(([^)]*)\\)").matcher(markdown);
    assertTrue(left.find(), markdown);
    int shown = markdown.split("\n- \\*\\*", -1).length - 1;
    assertEquals(1_000, shown + Integer.parseInt(left.group(1)), markdown);
    assertTrue(markdown.endsWith("Hela rapporten står i ändringar.pdf och ändringar.docx bland handlingarna; på en pull"
        + " request i körningens artefakt handlingar.\n"), markdown);
  }

  @Test
  void shortensAReportOfOneHugeChangeToItsCount() {
    Views.Plan plan = view(TestPlan.committed(before));
    Change huge = new Change("Omvärldsfaktorer", Change.Type.ANDRAD, "Omvärldsfaktorer", java.util.List.of(
        new Change.Field("Omvärldsfaktorer", java.util.List.of("ord ".repeat(40_000)), java.util.List.of("term ".repeat(40_000)))));
    String markdown = MarkdownReport.of(new Comparison("main", "", plan, plan, java.util.List.of(huge)));
    assertTrue(markdown.length() < 2_000, markdown);
    assertTrue(markdown.contains("| Omvärldsfaktorer | 1 ändrad |\n"), markdown);
    assertTrue(markdown.contains("… och 1 ändring till (1 ändrad)."), markdown);
  }

  /** The head names at most 20 decided items changed without a förslag, and counts the rest. */
  @Test
  void namesTheFirstDecidedItemsChangedWithoutAFörslagAndCountsTheRest() {
    Views.Plan plan = view(TestPlan.committed(before));
    java.util.List<Diagnostic> findings = new java.util.ArrayList<>();
    for (int i = 0; i < 25; i++) {
      findings.add(new Diagnostic(new Location("plan-source/uppdrag/nr-" + i + ".yaml", 3, 7), Severity.VARNING,
          Code.VP242, "uppdrag Nr " + i + " <b>är</b> beslutat", java.util.Optional.empty()));
    }
    String markdown = MarkdownReport.of(new Comparison("main", "", plan, plan, java.util.List.of(),
        java.util.Optional.empty(), findings));
    assertTrue(markdown.contains("- plan-source/uppdrag/nr-19.yaml rad 3: uppdrag Nr 19 &lt;b&gt;är&lt;/b&gt; beslutat\n"
        + "- … och 5 till; alla står i loggen från mvn vp:diff.\n"), markdown);
    assertFalse(markdown.contains("nr-20.yaml"), markdown);
    assertFalse(MarkdownReport.of(new Comparison("main", "", plan, plan, java.util.List.of()))
        .contains("utan förslag"));
  }

  /** "näringslivsutveckling ~~och~~ , entreprenörskap": a comma put in stood apart from its word. */
  @Test
  void putsNoSpaceBeforePunctuationPutIn() {
    String markdown = report(plan -> plan.edit("uppdrag/nr-30-naringslivsutveckling.yaml",
        "näringslivsutveckling och entreprenörskap", "näringslivsutveckling, entreprenörskap"));
    assertTrue(markdown.contains("näringslivsutveckling<del> och</del><ins>,</ins> entreprenörskap"), markdown);
  }

  /**
   * A proposal at the input limits changes thousands of decided items: the change report named
   * them all and ran vp:diff out of a 512 MiB heap laying out its PDF (PipelineAtTheLimitsTest).
   */
  @Test
  void theChangeReportNamesAsManyItemsChangedWithoutAFörslagAsTheComment() {
    List<Diagnostic> unproposed = IntStream.range(0, 5_000).mapToObj(i -> new Diagnostic(
        new Location("plan-source/styrtal/s" + i + ".yaml", 1, 1), Severity.VARNING, Code.VP242,
        "styrtalet s" + i + " är beslutat (DN 2025) men tas bort utan ett förslag som säger det", Optional.empty()))
        .toList();
    ChangeView view = ChangeView.of(Comparison.of("main", "", view(TestPlan.committed(before)),
        view(TestPlan.committed(after))).withUnproposed(unproposed));
    assertEquals(MarkdownReport.MAX_UNPROPOSED + 1, view.utanForslag().size());
    assertEquals(new ChangeView.Utanforslag("… och 4980 till", "alla står i loggen från mvn vp:diff"),
        view.utanForslag().get(MarkdownReport.MAX_UNPROPOSED));
  }

  @Test
  void leavesAReportThatFitsWhole() {
    String markdown = report(plan -> plan.edit("styrtal/sjukfranvaro.yaml", "ska minska.", "ska sjunka."));
    assertFalse(markdown.contains(MarkdownReport.SHORTENED) || markdown.contains("Hela rapporten"), markdown);
  }

  private String report(java.util.function.Consumer<TestPlan> edit) {
    TestPlan proposal = TestPlan.committed(after);
    edit.accept(proposal);
    return MarkdownReport.of(Comparison.of("main", "", view(TestPlan.committed(before)), view(proposal)));
  }

  private static void assertNothingActive(String html) {
    assertFalse(html.contains("<a "), html);
    assertFalse(html.contains("<img"), html);
    assertFalse(html.contains("<!-- dolt"), html);
    String text = html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&amp;", "&").replace("\u2060", "");
    // With the word joiners taken out, the attack is all there: the same visible text.
    assertTrue(text.contains("https://evil.example/x") && text.contains("@alla") && text.contains("GH-123"), text);
    String shown = html.replaceAll("<[^>]*>", "");
    for (String linked : new String[] {
        "(?<![\\w])@[A-Za-z0-9]", // a mention (GitHub links these after rendering, from the text)
        "#[0-9]", "(?i)\\bgh-[0-9]", // issue references
        "(?i)\\bwww\\.", "(?i)\\b[a-z][a-z0-9+.-]*:(//|[^\\s/])", // autolinks: www., scheme://, mailto:, xmpp:
        "[A-Za-z0-9._+-]@[A-Za-z0-9]", // an e-mail address
        "[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u2028\u2029]"}) {
      Matcher m = Pattern.compile(linked).matcher(shown);
      assertFalse(m.find(), () -> "'" + linked + "' at '" + shown.substring(Math.max(0, m.start() - 20),
          Math.min(shown.length(), m.end() + 20)) + "' in\n" + html);
    }
  }

  /** pandoc's GitHub-Flavoured Markdown reader with bare URLs linked, as GitHub links them. */
  private static String html(String markdown) throws IOException, InterruptedException {
    Process pandoc;
    try {
      pandoc = new ProcessBuilder("pandoc", "-f", "gfm+autolink_bare_uris", "-t", "html").start();
    } catch (IOException e) {
      // CI sets VP_REQUIRE_TOOLS (.ci/run, the vp workflow), so there a missing pandoc fails the build.
      if ("true".equals(System.getenv("VP_REQUIRE_TOOLS"))) {
        throw new AssertionError("VP_REQUIRE_TOOLS is set but pandoc cannot be run", e);
      }
      assumeTrue(false, "pandoc is not installed here, so the comment is not rendered through a GFM reader;"
          + " .ci/run installs it for CI (Debian: apt-get install pandoc)");
      throw e;
    }
    try (var in = pandoc.getOutputStream()) {
      in.write(markdown.getBytes(StandardCharsets.UTF_8));
    }
    String html = new String(pandoc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(pandoc.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, pandoc.exitValue(), new String(pandoc.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    return html;
  }

  private static Views.Plan view(TestPlan plan) {
    Validation validation = plan.validate();
    assertEquals(0, validation.errors(), validation.diagnostics().toString());
    return PlanViews.of(validation.plans().get(0).resolved());
  }

  /** Inside YAML's double quotes. */
  private static String yaml(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(c -> {
      if (c == '"' || c == '\\') {
        out.append('\\').appendCodePoint(c);
      } else if (c < 0x20 || c >= 0x7f) {
        out.append(String.format("\\u%04X", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }
}
