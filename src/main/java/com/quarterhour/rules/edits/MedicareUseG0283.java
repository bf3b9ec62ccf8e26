package com.quarterhour.rules.edits;

import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Hit;
import com.quarterhour.rules.Severity;

/** MEDICARE_USE_G0283: Medicare does not pay 97014; unattended e-stim is G0283. */
public final class MedicareUseG0283 implements Edit {
  public String id() { return "MEDICARE_USE_G0283"; }
  public Severity severity() { return Severity.ERROR; }
  public int needs() { return EditContext.IS_MEDICARE | EditContext.HAS_97014; }

  public void check(EditContext v) {
    if (!v.visit().medicare()) {
      return;
    }
    for (int i = 0; i < v.size(); i++) {
      if (v.codeHas(i, EditContext.HAS_97014)) {
        v.report(i);
      }
    }
  }

  public Finding describe(EditContext v, Hit hit) {
    return finding(hit, "Medicare does not pay 97014 (unattended electrical stimulation).", "Bill G0283 instead of 97014.");
  }
}
