package se.vp.check;

import se.vp.diagnostic.Diagnostics;
import se.vp.model.ResolvedPlan;

/** One rule about the plan as a whole. */
interface Check {
  void check(ResolvedPlan plan, Diagnostics out);
}
