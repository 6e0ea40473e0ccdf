package se.vp.check;

import java.util.Optional;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.model.Ekonomi;
import se.vp.model.Malsattning;
import se.vp.model.ResolvedPlan;

/**
 * What a handling shows but the plan's source may not give: the organisation's name, a
 * målsättning's title, the index adjustment's amount. The schema lets them out rather than have
 * an editor invent them; this rule says where each would have stood.
 */
final class MissingValues implements Check {

  @Override
  public void check(ResolvedPlan resolved, Diagnostics out) {
    var plan = resolved.plan();
    if (plan.fakta().organisation().isEmpty()) {
      out.report(Code.VP243, plan.fakta().at(), "plan.yaml saknar organisation, som bildspelets titelbild och sidfot, "
          + "dokumentens sidhuvud och beslutsunderlagets huvud visar; där står den inte",
          Optional.of("skriv organisation: till exempel Region Örebro län"));
    }
    for (Malsattning m : plan.malsattningar()) {
      if (m.titel().isEmpty()) {
        out.report(Code.VP243, m.at(), "målsättning " + m.nr() + " saknar titel, så handlingarna visar "
            + "[titel saknas] där titeln skulle stå",
            Optional.of("skriv titel: som fullmäktige beslutade den"));
      }
    }
    plan.ekonomi().map(Ekonomi::ramanslag).flatMap(Ekonomi.Ramanslag::index).filter(i -> i.mnkr().isEmpty())
        .ifPresent(index -> out.report(Code.VP243, index.procent().at(), "indexuppräkningen saknar mnkr, så bildspelet "
            + "visar inget diagram över ramanslaget och beslutsunderlagets tabell ett streck i stället för beloppet",
            Optional.of("skriv mnkr: under indexuppräkning, med beloppet som fullmäktige anger")));
  }
}
