package com.quarterhour.rules.edits;

import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Hit;
import com.quarterhour.rules.Modifiers;
import com.quarterhour.rules.Severity;

/** UNKNOWN_MODIFIER: a modifier the portal does not know. */
public final class UnknownModifier implements Edit {
  public String id() { return "UNKNOWN_MODIFIER"; }
  public Severity severity() { return Severity.ERROR; }
  public int needs() { return EditContext.HAS_UNKNOWN_MODIFIER; }

  public void check(EditContext v) {
    for (int i = 0; i < v.size(); i++) {
      if (!v.hasUnknownModifier(i)) {
        continue;
      }
      for (int k = 0; k < v.visit().modifierCount(i); k++) {
        if (!Modifiers.KNOWN.contains(v.visit().modifier(i, k))) {
          v.report(i, -1, k);
        }
      }
    }
  }

  public Finding describe(EditContext v, Hit hit) {
    String m = v.visit().modifier(hit.first(), hit.detail());
    return finding(hit, "Modifier " + m + " on " + v.code(hit.first()) + " is not a known modifier.",
        "Remove " + m + " or correct it (e.g. GP, 59, XU, KX).");
  }
}
