package com.quarterhour.rules.edits;

import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Hit;
import com.quarterhour.rules.Severity;

/** MEDICARE_BUNDLED_CODE: Medicare never pays 97010 separately. */
public final class MedicareBundledCode implements Edit {
  public String id() { return "MEDICARE_BUNDLED_CODE"; }
  public Severity severity() { return Severity.WARNING; }
  public int needs() { return EditContext.IS_MEDICARE | EditContext.HAS_97010; }

  public void check(EditContext v) {
    if (!v.visit().medicare()) {
      return;
    }
    for (int i = 0; i < v.size(); i++) {
      if (v.codeHas(i, EditContext.HAS_97010)) {
        v.report(i);
      }
    }
  }

  public Finding describe(EditContext v, Hit hit) {
    return finding(hit, "97010 (hot/cold packs) is bundled by Medicare: never paid separately, not billable to the patient.",
        "Remove 97010 from the claim, or acknowledge that it is reported for information only.");
  }
}
