package com.quarterhour.rules.edits;

import com.quarterhour.rules.CodeCategory;
import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Modifiers;
import com.quarterhour.rules.Severity;
import java.util.List;

/** UNKNOWN_MODIFIER: a modifier the portal does not know. */
public final class UnknownModifier implements Edit {
  public String id() { return "UNKNOWN_MODIFIER"; }
  public Severity severity() { return Severity.ERROR; }

  public void check(EditContext v, List<Finding> out) {
    for (int i = 0; i < v.size(); i++) {
      for (String m : v.line(i).modifiers()) {
        if (!Modifiers.KNOWN.contains(m)) {
          out.add(finding("Modifier " + m + " on " + v.line(i).code() + " is not a known modifier.", "Remove " + m + " or correct it (e.g. GP, 59, XU, KX).", i));
        }
      }
    }
  }
}
