package se.vp.check;

import se.vp.diagnostic.Diagnostics;

/** One rule about the plan as a whole. */
interface Check {
  void check(PlanIndex plan, Diagnostics out);
}
