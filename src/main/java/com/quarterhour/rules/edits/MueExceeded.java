package com.quarterhour.rules.edits;

import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Hit;
import com.quarterhour.rules.Severity;

/** MUE_EXCEEDED: a code's units on the date exceed its Medically Unlikely Edit. */
public final class MueExceeded implements Edit {
  public String id() { return "MUE_EXCEEDED"; }
  public Severity severity() { return Severity.ERROR; }
  public int needs() { return EditContext.HAS_MUE_CODE; }

  public void check(EditContext v) {
    for (int i = 0; i < v.size(); i++) {
      var mue = v.mueOf(i);
      if (mue != null && firstOf(v, i) == i && unitsOfCode(v, i) > mue.maxUnits()) {
        v.report(i);
      }
    }
  }

  public Finding describe(EditContext v, Hit hit) {
    String code = v.code(hit.first());
    int max = v.mueOf(hit.first()).maxUnits();
    return finding(hit, code + ": " + unitsOfCode(v, hit.first()) + " units on one date exceed the MUE of " + max + ".",
        "Bill at most " + max + " unit(s) of " + code + "; document medical necessity for an appeal otherwise.");
  }

  private static int unitsOfCode(EditContext v, int first) {
    int units = 0;
    for (int k = first; k < v.size(); k++) {
      if (v.code(k).equals(v.code(first))) {
        units += v.billedUnits(k);
      }
    }
    return units;
  }

  private static int firstOf(EditContext v, int i) {
    for (int k = 0; k < i; k++) {
      if (v.code(k).equals(v.code(i))) {
        return k;
      }
    }
    return i;
  }
}
