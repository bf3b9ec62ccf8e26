package com.quarterhour.rules.edits;

import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Hit;
import com.quarterhour.rules.Severity;

/** ADDON_WITHOUT_PRIMARY: an add-on code (97130) without its primary code (97129). */
public final class AddonWithoutPrimary implements Edit {
  public String id() { return "ADDON_WITHOUT_PRIMARY"; }
  public Severity severity() { return Severity.ERROR; }
  public int needs() { return EditContext.HAS_ADD_ON; }

  public void check(EditContext v) {
    for (int i = 0; i < v.size(); i++) {
      String primary = v.def(i) == null ? null : v.def(i).primary();
      if (primary != null && !billed(v, primary)) {
        v.report(i);
      }
    }
  }

  public Finding describe(EditContext v, Hit hit) {
    String primary = v.def(hit.first()).primary();
    return finding(hit, v.code(hit.first()) + " is an add-on code and needs " + primary + " on the same date.",
        "Add " + primary + " for the first 15 minutes, or bill the time as " + primary + " alone.");
  }

  private static boolean billed(EditContext v, String code) {
    for (int i = 0; i < v.size(); i++) {
      if (code.equals(v.code(i))) {
        return true;
      }
    }
    return false;
  }
}
