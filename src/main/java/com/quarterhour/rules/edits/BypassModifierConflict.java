package com.quarterhour.rules.edits;

import com.quarterhour.rules.CodeCategory;
import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Modifiers;
import com.quarterhour.rules.Severity;
import java.util.List;

/** BYPASS_MODIFIER_CONFLICT: 59 and an X modifier on one line. */
public final class BypassModifierConflict implements Edit {
  public String id() { return "BYPASS_MODIFIER_CONFLICT"; }
  public Severity severity() { return Severity.ERROR; }

  public void check(EditContext v, List<Finding> out) {
    for (int i = 0; i < v.size(); i++) {
      if (v.line(i).hasModifier("59") && v.hasAnyModifier(i, Modifiers.X_BYPASS)) {
        out.add(finding(v.line(i).label() + " carries 59 together with an X modifier.", "Keep the more specific X modifier and remove 59.", i));
      }
    }
  }
}
