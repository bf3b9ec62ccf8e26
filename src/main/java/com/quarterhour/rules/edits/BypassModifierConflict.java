package com.quarterhour.rules.edits;

import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Hit;
import com.quarterhour.rules.Severity;

/** BYPASS_MODIFIER_CONFLICT: 59 and an X modifier on one line. */
public final class BypassModifierConflict implements Edit {
  public String id() { return "BYPASS_MODIFIER_CONFLICT"; }
  public Severity severity() { return Severity.ERROR; }
  public int needs() { return EditContext.HAS_BYPASS_CONFLICT; }

  public void check(EditContext v) {
    for (int i = 0; i < v.size(); i++) {
      if (v.hasBypassConflict(i)) {
        v.report(i);
      }
    }
  }

  public Finding describe(EditContext v, Hit hit) {
    return finding(hit, v.line(hit.first()).label() + " carries 59 together with an X modifier.", "Keep the more specific X modifier and remove 59.");
  }
}
