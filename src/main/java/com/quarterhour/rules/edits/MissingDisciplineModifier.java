package com.quarterhour.rules.edits;

import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Hit;
import com.quarterhour.rules.Severity;

/** MISSING_DISCIPLINE_MODIFIER: Medicare wants GP, GO or GN on every therapy line. */
public final class MissingDisciplineModifier implements Edit {
  public String id() { return "MISSING_DISCIPLINE_MODIFIER"; }
  public Severity severity() { return Severity.ERROR; }
  public int needs() { return EditContext.IS_MEDICARE | EditContext.HAS_LINE_WITHOUT_DISCIPLINE; }

  public void check(EditContext v) {
    for (int i = 0; i < v.size(); i++) {
      if (v.def(i) != null && !v.hasDisciplineModifier(i)) {
        v.report(i);
      }
    }
  }

  public Finding describe(EditContext v, Hit hit) {
    String mod = com.quarterhour.rules.Discipline.modifierOf(v.visit().discipline());
    return finding(hit, v.code(hit.first()) + " has no discipline modifier (GP, GO or GN).", "Add " + mod + " to match the plan of care.");
  }
}
