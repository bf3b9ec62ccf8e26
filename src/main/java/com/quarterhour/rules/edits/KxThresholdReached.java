package com.quarterhour.rules.edits;

import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Hit;
import com.quarterhour.rules.Money;
import com.quarterhour.rules.Severity;
import com.quarterhour.rules.TherapyThresholds;

/**
 * KX_THRESHOLD_REACHED (Medicare): this year's allowed amount with this visit passes the KX
 * threshold of its bucket, and a line with units lacks KX. Equal to the threshold is not over.
 */
public final class KxThresholdReached implements Edit {
  public String id() { return "KX_THRESHOLD_REACHED"; }
  public Severity severity() { return Severity.ERROR; }
  public int needs() { return EditContext.IS_MEDICARE | EditContext.HAS_HISTORY; }

  public void check(EditContext v) {
    TherapyThresholds.Year year = TherapyThresholds.shipped().forYear(v.visit().dateOfService().getYear());
    if (year == null || v.history().yearToDateCents() + v.allowedCents() <= year.kxCents()) {
      return;
    }
    for (int i = 0; i < v.size(); i++) {
      if (v.billedUnits(i) > 0 && !v.hasKx(i)) {
        v.report(i);
      }
    }
  }

  public Finding describe(EditContext v, Hit hit) {
    TherapyThresholds.Year year = TherapyThresholds.shipped().forYear(v.visit().dateOfService().getYear());
    long before = v.history().yearToDateCents();
    return finding(hit,
        v.code(hit.first()) + ": this year's allowed amount reaches " + Money.usd(before + v.allowedCents()) + " ("
            + Money.usd(before) + " before this visit + " + Money.usd(v.allowedCents()) + " for it), over the "
            + year.year() + " KX threshold of " + Money.usd(year.kxCents()) + "; the line lacks KX.",
        "Add KX if the therapy is medically necessary and the note says why; otherwise Medicare will deny the line.");
  }
}
