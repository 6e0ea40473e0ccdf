package se.vp.check;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.locale.Svenska;
import se.vp.model.ResolvedPlan;
import se.vp.model.Styrtal;
import se.vp.model.Styrtal.Riktning;

/** A styrtal's direction agrees with its own text, and its target lies the way it is to go. */
final class StyrtalDirection implements Check {

  @Override
  public void check(ResolvedPlan resolved, Diagnostics out) {
    for (Styrtal s : resolved.plan().styrtal()) {
      s.riktning().ifPresent(riktning -> {
        String text = s.text().value().toLowerCase(Locale.ROOT);
        Riktning opposite = riktning == Riktning.OKA ? Riktning.MINSKA : Riktning.OKA;
        if (text.contains("ska " + opposite.word()) && !text.contains("ska " + riktning.word())) {
          out.report(Code.VP213, s.text().at(), "texten säger 'ska " + opposite.word()
              + "' men riktning är " + riktning.word(), Optional.of("rätta texten eller riktningen"));
        }
        s.mal().ifPresent(mal -> s.utfall().stream().max(Comparator.comparingInt(Styrtal.Utfall::ar)).ifPresent(latest -> {
          BigDecimal low = mal.fran().value().min(mal.till().value());
          BigDecimal high = mal.fran().value().max(mal.till().value());
          BigDecimal outcome = latest.varde().value();
          boolean wrongWay = riktning == Riktning.OKA ? high.compareTo(outcome) < 0 : low.compareTo(outcome) > 0;
          if (wrongWay) {
            out.report(Code.VP233, mal.fran().at(), "styrtalet ska " + riktning.word() + " men målet "
                + Svenska.tal(mal.fran().value()) + "–" + Svenska.tal(mal.till().value())
                + " ligger åt andra hållet från utfallet " + latest.ar() + " (" + Svenska.tal(outcome) + ")");
          }
        }));
      });
    }
  }
}
