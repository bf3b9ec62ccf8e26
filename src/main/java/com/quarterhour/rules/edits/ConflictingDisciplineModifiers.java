package com.quarterhour.rules.edits;

import com.quarterhour.rules.CodeCategory;
import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Modifiers;
import com.quarterhour.rules.Severity;
import java.util.List;

/** CONFLICTING_DISCIPLINE_MODIFIERS: more than one of GP, GO, GN on one line. */
public final class ConflictingDisciplineModifiers implements Edit {
  public String id() { return "CONFLICTING_DISCIPLINE_MODIFIERS"; }
  public Severity severity() { return Severity.ERROR; }

  public void check(EditContext v, List<Finding> out) {
    for (int i = 0; i < v.size(); i++) {
      if (v.countModifiers(i, Modifiers.DISCIPLINE) > 1) {
        out.add(finding(v.line(i).label() + " carries more than one discipline modifier.", "Keep only the modifier of the plan of care's discipline.", i));
      }
    }
  }
}
