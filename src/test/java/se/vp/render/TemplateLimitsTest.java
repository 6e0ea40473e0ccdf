package se.vp.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.VpException;

/**
 * Issue 14: a template that loops for ever never ended, one that calls itself ended in
 * StackOverflowError, one that writes 3×10⁹ characters in OutOfMemoryError. Templates come from
 * pull requests; each runs with a time limit, an output limit and a stack of its own.
 */
class TemplateLimitsTest {

  private static final Duration SOON = Duration.ofSeconds(30);

  @TempDir Path templates;

  private VpException failure(String template) throws IOException {
    Files.writeString(templates.resolve("mall.ftlx"), template);
    // Two seconds rather than the default, so that the test is quick; the output limit as it is.
    Templates sandbox = new Templates(templates, "templates",
        new TemplateRun.Limits(Duration.ofSeconds(2), TemplateRun.Limits.DEFAULT.maxChars()));
    return assertTimeoutPreemptively(SOON,
        () -> assertThrows(VpException.class, () -> sandbox.render("mall.ftlx", Map.of())));
  }

  @Test
  void stopsATemplateThatLoopsForEver() throws IOException {
    VpException e = failure("<#list 1.. as i></#list>");
    assertEquals(Code.VP307, e.diagnostic().code());
    assertEquals("mallen kördes i mer än 2 sekunder och stoppades", e.diagnostic().message());
    assertEquals("templates/mall.ftlx", e.diagnostic().location().toString());
  }

  @Test
  void stopsALoopForEverInAnIncludedTemplate() throws IOException {
    Files.writeString(templates.resolve("del.ftlx"), "<#macro evig><#list 1.. as i><#if i < 0>x</#if></#list></#macro>");
    VpException e = failure("<#import 'del.ftlx' as del><@del.evig/>");
    assertEquals(Code.VP307, e.diagnostic().code());
  }

  @Test
  void stopsATemplateThatCallsItselfWithoutEnd() throws IOException {
    VpException e = failure("<#function f n><#return f(n + 1)></#function>${f(1)}");
    assertEquals(Code.VP308, e.diagnostic().code());
  }

  @Test
  void saysSoInARenderAndLeavesOutputAsItWas(@TempDir Path root) throws IOException {
    RenderProject project = RenderProject.create(root);
    project.edit("templates/bildspel.ftlx", "<#import", "<#function f n><#return f(n + 1)></#function>${f(1)}<#import");
    VpException e = assertTimeoutPreemptively(SOON, () -> assertThrows(VpException.class, project::render));
    assertEquals("templates/bildspel.ftlx: fel: mallen anropar en funktion eller ett makro i sig själv utan slut – se till att varje rekursivt anrop har ett slut [VP308]",
        e.diagnostic().format());
    project.assertOutputUntouched();
  }

  @Test
  void stopsATemplateThatWritesMoreThanAnyHandlingHolds() throws IOException {
    VpException e = failure("<#list 1..3000000 as i>${'x'?left_pad(1000, 'x')}</#list>");
    assertEquals(Code.VP307, e.diagnostic().code());
    assertEquals("mallen skrev mer än 20000000 tecken och stoppades", e.diagnostic().message());
  }

  /** Nested 60 000 deep, the writers' recursion through the document ended in StackOverflowError. */
  @Test
  void refusesElementsNestedDeeperThanAnyHandling(@TempDir Path root) throws IOException {
    RenderProject project = RenderProject.create(root);
    project.edit("templates/bildspel.ftlx", "<#list bildspel.bilder as b>", "<div class=\"bild\"><#list 1..60000 as i>"
        + "<span></#list>x<#list 1..60000 as i></span></#list></div><#list bildspel.bilder as b>");
    VpException e = assertTimeoutPreemptively(SOON, () -> assertThrows(VpException.class, project::render));
    assertEquals("templates/bildspel.ftlx: fel: mallen skrev element i mer än 200 nivåer inuti varandra, som ingen"
        + " handling har – se efter en loop som öppnar element och stänger dem i en annan [VP307]",
        e.diagnostic().format());
    project.assertOutputUntouched();
  }
}
