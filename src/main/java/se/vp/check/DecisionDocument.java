package se.vp.check;

import java.util.Optional;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Location;
import se.vp.model.Fakta;
import se.vp.model.ResolvedPlan;
import se.vp.model.Status;

/**
 * A plan put forward to the committee, or decided by it, is sent out as a tjänsteskrivelse: its
 * title block, its recipients and its consequences must be there. The document shows an empty field
 * for each one missing; this rule says which, at the line of plan.yaml that asks for them.
 */
final class DecisionDocument implements Check {

  @Override
  public void check(ResolvedPlan resolved, Diagnostics out) {
    Fakta fakta = resolved.plan().fakta();
    if (fakta.status() == Status.UTKAST) {
      return;
    }
    Missing missing = new Missing(fakta, out);
    if (fakta.datum().isEmpty()) {
      missing.field("datum", "tjänsteskrivelsens datum i beslutsunderlagets huvud", "skriv datum: ÅÅÅÅ-MM-DD, dagen skrivelsen undertecknas");
    }
    if (fakta.diarienummer().isEmpty()) {
      missing.field("diarienummer", "som beslutsunderlagets huvud visar", "skriv diarienummer: som diariet har registrerat ärendet");
    }
    if (fakta.forvaltning().isEmpty()) {
      missing.field("förvaltning", "som beslutsunderlagets huvud visar", "skriv förvaltning: med förvaltningens namn");
    }
    fakta.handlaggare().ifPresentOrElse(handlaggare -> {
      if (handlaggare.titel().isEmpty()) {
        missing.ofHandlaggare(handlaggare.at(), "titel", "skriv titel: under handläggare");
      }
      if (handlaggare.epost().isEmpty()) {
        missing.ofHandlaggare(handlaggare.at(), "e-post", "skriv e-post: under handläggare, dit frågor om ärendet går");
      }
    }, () -> missing.field("handläggare", "med namn, titel och e-post i beslutsunderlagets huvud",
        "skriv handläggare: med namn, titel och e-post"));
    if (fakta.konsekvenser().isEmpty()) {
      missing.field("konsekvenser", "som beslutsunderlaget redovisar under Konsekvenser",
          "beskriv under konsekvenser: till exempel konsekvenser för barn, jämställdhet och miljö");
    }
    if (fakta.skickasTill().isEmpty()) {
      missing.field("skickas-till", "som beslutsunderlaget avslutar med", "lista under skickas-till: vilka beslutet skickas till");
    }
  }

  private record Missing(Fakta fakta, Diagnostics out) {

    void field(String key, String where, String hint) {
      out.report(Code.VP240, fakta.statusAt(),
          "planen har status " + fakta.status().word() + " men plan.yaml saknar " + key + ", " + where,
          Optional.of(hint));
    }

    void ofHandlaggare(Location at, String key, String hint) {
      out.report(Code.VP240, at, "handläggaren saknar " + key + ", som beslutsunderlagets huvud visar", Optional.of(hint));
    }
  }
}
