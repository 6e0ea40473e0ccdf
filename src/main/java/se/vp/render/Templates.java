package se.vp.render;

import se.vp.diagnostic.VpException;
import freemarker.cache.FileTemplateLoader;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Severity;
import se.vp.locale.Svenska;

/**
 * FreeMarker, configured for templates that come from pull requests: they are read from
 * templates/ only, see maps, lists and plain values only (no Java object, no ?new, no ?api), and
 * every value from the plan is escaped as XHTML.
 */
final class Templates {

  private final Configuration configuration;
  private final String displayFolder;
  private final TemplateRun.Limits limits;

  Templates(Path folder, String displayFolder) throws IOException {
    this(folder, displayFolder, TemplateRun.Limits.DEFAULT);
  }

  Templates(Path folder, String displayFolder, TemplateRun.Limits limits) throws IOException {
    this.displayFolder = displayFolder;
    this.limits = limits;
    configuration = new InterruptibleConfiguration();
    // FileTemplateLoader refuses names that resolve outside the folder, links included.
    configuration.setTemplateLoader(new FileTemplateLoader(folder.toFile()));
    configuration.setRecognizeStandardFileExtensions(true);
    configuration.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
    configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    configuration.setAPIBuiltinEnabled(false);
    configuration.setDefaultEncoding("UTF-8");
    configuration.setLocale(Svenska.SV);
    // Figures reach templates already written the Swedish way; a bare number is a year or a count.
    configuration.setNumberFormat("computer");
    configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    configuration.setLogTemplateExceptions(false);
    configuration.setWrapUncheckedExceptions(true);
    configuration.setFallbackOnNullLoopVariable(false);
  }

  String render(String name, Object model) throws VpException {
    try {
      Template template = configuration.getTemplate(name);
      return TemplateRun.run(template, model, limits);
    } catch (TemplateRun.Stopped e) {
      throw stopped(name, e);
    } catch (TemplateNotFoundException e) {
      // The web edition came after the other handlingar: a region's own templates/ may lack it.
      throw new VpException(new Diagnostic(Location.ofFile(displayFolder + "/" + name), Severity.FEL, Code.VP301,
          "mallen finns inte", name.equals(Handling.WEBB.template())
              ? Optional.of("kopiera webb.ftlx och webb.css till " + displayFolder + "/ från vp:s egna mallar, eller"
                  + " lämna webbutgåvan utanför med -Dvp.webb=false")
              : Optional.empty()), e);
    } catch (ParseException e) {
      throw failure(at(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber()),
          "mallen har ett syntaxfel: " + firstLine(e.getEditorMessage()), e);
    } catch (TemplateException e) {
      throw failure(at(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber()), explain(e), e);
    } catch (IOException e) {
      throw failure(Location.ofFile(displayFolder + "/" + name), "mallen kan inte läsas", e);
    } catch (SecurityException e) {
      // FileTemplateLoader's answer to a name that resolves outside the folder, through a link.
      throw new VpException(new Diagnostic(Location.ofFile(displayFolder + "/" + name), Severity.FEL, Code.VP302,
          "mallen tar in en fil som via en länk ligger utanför " + displayFolder + "/",
          Optional.of("lägg filen själv i " + displayFolder + "/")), e);
    }
  }

  private VpException stopped(String name, TemplateRun.Stopped stopped) {
    Location at = Location.ofFile(displayFolder + "/" + name);
    return switch (stopped.reason()) {
      case TIME -> new VpException(new Diagnostic(at, Severity.FEL, Code.VP307,
          "mallen kördes i mer än " + limits.time().toSeconds() + " sekunder och stoppades",
          Optional.of("se efter en loop som inte tar slut, till exempel <#list 1.. as i>")), stopped);
      case OUTPUT -> new VpException(new Diagnostic(at, Severity.FEL, Code.VP307,
          "mallen skrev mer än " + limits.maxChars() + " tecken och stoppades",
          Optional.of("se efter en loop som skriver mer än planen har")), stopped);
      case MEMORY -> new VpException(new Diagnostic(at, Severity.FEL, Code.VP307,
          "mallen behövde mer minne än det finns och stoppades",
          Optional.of("se efter en loop eller ett värde som blir större än planen har")), stopped);
      case STACK -> new VpException(new Diagnostic(at, Severity.FEL, Code.VP308,
          "mallen anropar en funktion eller ett makro i sig själv utan slut",
          Optional.of("se till att varje rekursivt anrop har ett slut")), stopped);
    };
  }

  /**
   * A configuration whose every template, the included and imported ones too, checks for thread
   * interruption in its loops and nested content, so that {@link TemplateRun} can stop a template
   * that loops without writing anything. FreeMarker 2.3 offers this only through its internal
   * {@code _CoreAPI}, as its own online tester uses it; {@code TemplateLimitsTest} holds it to
   * working with the version in the pom.
   */
  private static final class InterruptibleConfiguration extends Configuration {
    private final Set<Template> checked = Collections.newSetFromMap(new IdentityHashMap<>());

    InterruptibleConfiguration() {
      super(Configuration.VERSION_2_3_34);
    }

    @Override
    public synchronized Template getTemplate(String name, Locale locale, Object customLookupCondition,
        String encoding, boolean parseAsFTL, boolean ignoreMissing) throws IOException {
      Template template = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
      if (template != null && checked.add(template)) {
        _CoreAPI.addThreadInterruptedChecks(template);
      }
      return template;
    }
  }

  /** What went wrong in a template, in Swedish for the cases a template author meets. */
  private static String explain(TemplateException e) {
    String message = String.valueOf(e.getMessageWithoutStackTop());
    if (message.contains("security reasons")) {
      return "mallen försöker skapa ett Java-objekt med ?new, vilket mallar inte får";
    }
    if (message.contains("api_builtin_enabled")) {
      return "mallen använder ?api, vilket mallar inte får";
    }
    if (e instanceof InvalidReferenceException missing && missing.getBlamedExpressionString() != null) {
      return "värdet '" + missing.getBlamedExpressionString() + "' finns inte i planens vy";
    }
    return "mallen kan inte köras: " + firstLine(message);
  }

  private Location at(String template, Integer line, Integer column) {
    return new Location(displayFolder + "/" + (template == null ? "?" : template),
        line == null ? 0 : line, column == null ? 0 : column);
  }

  private static String firstLine(String text) {
    return text == null ? "" : text.strip().lines().findFirst().orElse("");
  }

  private static VpException failure(Location at, String message, Exception cause) {
    return new VpException(new Diagnostic(at, Severity.FEL, Code.VP301, message, Optional.empty()), cause);
  }
}
