package com.quarterhour.rules.edits;

import com.quarterhour.rules.CodeCategory;
import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Modifiers;
import com.quarterhour.rules.Severity;
import java.util.List;

/** MUE_EXCEEDED: a code's units on the date exceed its Medically Unlikely Edit. */
public final class MueExceeded implements Edit {
  public String id() { return "MUE_EXCEEDED"; }
  public Severity severity() { return Severity.ERROR; }

  public void check(EditContext v, List<Finding> out) {
    for (int i = 0; i < v.size(); i++) {
      var mue = v.mue().get(v.line(i).code());
      if (mue == null || firstOf(v, i) != i) {
        continue;
      }
      int units = 0;
      for (int k = i; k < v.size(); k++) {
        if (v.line(k).code().equals(v.line(i).code())) {
          units += v.billedUnits(k);
        }
      }
      if (units > mue.maxUnits()) {
        out.add(finding(v.line(i).code() + ": " + units + " units on one date exceed the MUE of " + mue.maxUnits() + ".",
            "Bill at most " + mue.maxUnits() + " unit(s) of " + v.line(i).code() + "; document medical necessity for an appeal otherwise.", i));
      }
    }
  }

  private static int firstOf(EditContext v, int i) {
    for (int k = 0; k < i; k++) {
      if (v.line(k).code().equals(v.line(i).code())) {
        return k;
      }
    }
    return i;
  }
}
