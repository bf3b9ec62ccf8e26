package com.quarterhour.rules.edits;

import com.quarterhour.rules.CodeCategory;
import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Modifiers;
import com.quarterhour.rules.Severity;
import java.util.List;

/** UNITS_EXCEED_MINUTES: units set by hand exceed what the documented minutes support. */
public final class UnitsExceedMinutes implements Edit {
  public String id() { return "UNITS_EXCEED_MINUTES"; }
  public Severity severity() { return Severity.ERROR; }

  public void check(EditContext v, List<Finding> out) {
    boolean perCode = v.units().method() == com.quarterhour.rules.UnitMethod.PER_CODE;
    int billedTimed = 0;
    boolean manual = false;
    int before = out.size();
    for (int i = 0; i < v.size(); i++) {
      if (v.def(i) == null || !v.def(i).timed()) {
        continue;
      }
      int m = v.line(i).minutes();
      int billed = v.billedUnits(i);
      billedTimed += billed;
      manual |= v.line(i).billedUnits() != null;
      // Per code: the rule of eights on the line's minutes. CMS: at most one unit beyond the full 15s.
      int max = perCode ? com.quarterhour.rules.UnitCalculator.unitsFor(m) : m / 15 + (m % 15 > 0 ? 1 : 0);
      if (v.line(i).billedUnits() != null && billed > max) {
        out.add(finding(v.line(i).code() + ": " + billed + " units billed, but " + m + " min support at most " + max + ".",
            "Lower the units to " + max + " or correct the minutes from the treatment note.", i));
      }
    }
    int total = com.quarterhour.rules.UnitCalculator.unitsFor(v.units().totalTimedMinutes());
    if (!perCode && manual && billedTimed > total && out.size() == before) {
      out.add(finding(billedTimed + " timed units billed, but " + v.units().totalTimedMinutes() + " timed min support " + total + " under the 8-minute rule.",
          "Lower the units so that they add up to " + total + "."));
    }
  }
}
