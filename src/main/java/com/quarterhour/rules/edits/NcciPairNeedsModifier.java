package com.quarterhour.rules.edits;

import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Hit;
import com.quarterhour.rules.Severity;

/** NCCI_PTP_NEEDS_MODIFIER: an NCCI pair with indicator 1 where neither line carries a bypass modifier. */
public final class NcciPairNeedsModifier implements Edit {
  public String id() { return "NCCI_PTP_NEEDS_MODIFIER"; }
  public Severity severity() { return Severity.ERROR; }
  public int needs() { return EditContext.HAS_NCCI_PAIR_1; }

  public void check(EditContext v) {
    for (int a = 0; a < v.size(); a++) {
      if (v.hasBypassModifier(a)) {
        continue; // a line declared distinct settles every pair it is in
      }
      for (int b = a + 1; b < v.size(); b++) {
        if (!v.hasBypassModifier(b) && v.ncciIndicator(a, b) == 1) {
          v.report(a, b);
        }
      }
    }
  }

  public Finding describe(EditContext v, Hit hit) {
    var pair = v.ncciPair(hit.first(), hit.second());
    return finding(hit,
        pair.column1() + " and " + pair.column2() + " are an NCCI pair: " + pair.column2() + " is paid with "
            + pair.column1() + " only with a bypass modifier.",
        "Add 59 (or XS/XU) to " + pair.column2() + " if it was done in a separate 15-minute block; otherwise bill only " + pair.column1() + ".");
  }
}
