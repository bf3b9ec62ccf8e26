package com.quarterhour.rules.edits;

import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Hit;
import com.quarterhour.rules.Severity;

/** NCCI_PTP_NOT_ALLOWED: an NCCI pair with indicator 0; no modifier makes both payable. */
public final class NcciPairNotAllowed implements Edit {
  public String id() { return "NCCI_PTP_NOT_ALLOWED"; }
  public Severity severity() { return Severity.ERROR; }
  public int needs() { return EditContext.HAS_NCCI_PAIR_0; }

  public void check(EditContext v) {
    for (int a = 0; a < v.size(); a++) {
      for (int b = a + 1; b < v.size(); b++) {
        if (v.ncciIndicator(a, b) == 0) {
          v.report(a, b);
        }
      }
    }
  }

  public Finding describe(EditContext v, Hit hit) {
    var pair = v.ncciPair(hit.first(), hit.second());
    return finding(hit, pair.column1() + " and " + pair.column2() + " are never billed together on one date (NCCI indicator 0).",
        "Bill only " + pair.column1() + "; no modifier bypasses this pair.");
  }
}
