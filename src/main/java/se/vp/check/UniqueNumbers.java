package se.vp.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Location;
import se.vp.model.ResolvedPlan;

/** No two målsättningar, fokusområden or uppdrag share a number. */
final class UniqueNumbers implements Check {

  @Override
  public void check(ResolvedPlan resolved, Diagnostics out) {
    var plan = resolved.plan();
    unique(plan.malsattningar(), m -> String.valueOf(m.nr()), m -> m.at(), "målsättning nr ", out);
    unique(plan.fokusomraden(), f -> f.nummer().toString(), f -> f.at(), "fokusområde ", out);
    unique(plan.uppdrag().stream().filter(u -> u.nr().isPresent()).toList(),
        u -> String.valueOf(u.nr().get()), u -> u.at(), "uppdrag nr ", out);
    unique(plan.fullmaktigesUppdrag().map(l -> l.uppdrag()).orElse(List.of()),
        l -> String.valueOf(l.nr()), l -> l.at(), "fullmäktiges lista har redan nr ", out);
  }

  private static <T> void unique(List<T> items, Function<T, String> number, Function<T, Location> at,
      String what, Diagnostics out) {
    Map<String, Location> first = new HashMap<>();
    for (T item : items) {
      Location previous = first.putIfAbsent(number.apply(item), at.apply(item));
      if (previous != null) {
        out.report(Code.VP202, at.apply(item), what + number.apply(item) + " finns redan i " + previous,
            Optional.of("ge det ett eget nummer"));
      }
    }
  }
}
