package se.vp.source;

import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Location;

/**
 * Says in Swedish what SnakeYAML Engine found wrong. The engine's problems are English sentences;
 * the common ones an editor meets get their own message and a hint, the rest a general one. Where
 * something opened earlier is never closed (a quote, a bracket) the message points at the opening.
 */
final class YamlSyntaxErrors {

  private YamlSyntaxErrors() {}

  static void report(YamlEngineException e, String file, Diagnostics out) {
    if (!(e instanceof MarkedYamlEngineException marked)) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("exceeds the limit")) {
        out.report(Code.VP005, Location.ofFile(file),
            "filen är för stor; en fil i plan-source får vara högst "
                + SourceLimits.MAX_FILE_BYTES + " tecken");
      } else {
        out.report(Code.VP006, Location.ofFile(file), "filen kan inte läsas som YAML");
      }
      return;
    }
    String problem = String.valueOf(marked.getProblem());
    String context = String.valueOf(marked.getContext());
    Location problemAt = at(marked.getProblemMark(), file);
    Location openedAt = at(marked.getContextMark(), file);

    if (problem.contains("\\t(TAB)") || problem.contains("'\t'")) {
      out.report(Code.VP007, problemAt, "tabbtecken i indraget", Optional.of("använd mellanslag för indrag"));
    } else if (problem.contains("cannot start any token")) {
      String character = problem.replaceAll("(?s)^found character '(.+?)'.*$", "$1");
      out.report(Code.VP006, problemAt, "en text kan inte börja med '" + character + "'",
          Optional.of("skriv texten inom citattecken"));
    } else if (context.contains("quoted scalar") && problem.contains("end of stream")) {
      out.report(Code.VP006, openedAt, "citattecknet som börjar här avslutas aldrig",
          Optional.of("lägg till det avslutande citattecknet"));
    } else if (problem.contains("unknown escape character")) {
      // The engine marks the letter after the backslash.
      out.report(Code.VP006, new Location(file, problemAt.line(), Math.max(1, problemAt.column() - 1)), "okänd specialsekvens med \\ inom dubbla citattecken",
          Optional.of("skriv \\\\ för ett bakstreck, eller använd enkla citattecken"));
    } else if (context.contains("flow sequence")) {
      out.report(Code.VP006, openedAt, "hakparentesen '[' som börjar här avslutas aldrig",
          Optional.of("lägg till ']' eller skriv listan med '-' på egna rader"));
    } else if (context.contains("flow mapping")) {
      out.report(Code.VP006, openedAt, "klammerparentesen '{' som börjar här avslutas aldrig",
          Optional.of("lägg till '}' eller skriv nycklarna på egna rader"));
    } else if (problem.contains("mapping values are not allowed")) {
      out.report(Code.VP006, problemAt, "kolon på ett ställe där inget nytt värde kan börja",
          Optional.of("en text som innehåller ': ' skrivs inom citattecken; kontrollera också indraget"));
    } else if (problem.contains("could not find expected ':'")) {
      out.report(Code.VP006, openedAt, "kolon saknas efter nyckeln",
          Optional.of("skriv 'nyckel: värde'"));
    } else if (problem.contains("expected <block end>") || problem.contains("did not find expected")) {
      out.report(Code.VP006, problemAt, "indraget stämmer inte med raderna ovanför",
          Optional.of("rader på samma nivå ska ha lika många mellanslag först"));
    } else {
      out.report(Code.VP006, problemAt, "felaktig YAML-syntax här");
    }
  }

  private static Location at(Optional<Mark> mark, String file) {
    return mark.map(m -> new Location(file, m.getLine() + 1, m.getColumn() + 1))
        .orElse(Location.ofFile(file));
  }
}
