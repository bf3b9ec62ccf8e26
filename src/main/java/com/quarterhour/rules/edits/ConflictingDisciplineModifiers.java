package com.quarterhour.rules.edits;

import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Hit;
import com.quarterhour.rules.Severity;

/** CONFLICTING_DISCIPLINE_MODIFIERS: more than one of GP, GO, GN on one line. */
public final class ConflictingDisciplineModifiers implements Edit {
  public String id() { return "CONFLICTING_DISCIPLINE_MODIFIERS"; }
  public Severity severity() { return Severity.ERROR; }
  public int needs() { return EditContext.HAS_SEVERAL_DISCIPLINES; }

  public void check(EditContext v) {
    for (int i = 0; i < v.size(); i++) {
      if (v.hasSeveralDisciplineModifiers(i)) {
        v.report(i);
      }
    }
  }

  public Finding describe(EditContext v, Hit hit) {
    return finding(hit, v.line(hit.first()).label() + " carries more than one discipline modifier.", "Keep only the modifier of the plan of care's discipline.");
  }
}
