package com.quarterhour.rules.edits;

import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Hit;
import com.quarterhour.rules.Severity;
import com.quarterhour.rules.UnitCalculator;
import com.quarterhour.rules.UnitMethod;

/** UNITS_EXCEED_MINUTES: units set by hand exceed what the documented minutes support. */
public final class UnitsExceedMinutes implements Edit {
  public String id() { return "UNITS_EXCEED_MINUTES"; }
  public Severity severity() { return Severity.ERROR; }
  public int needs() { return EditContext.HAS_MANUAL_UNITS; }

  public void check(EditContext v) {
    int billedTimed = 0;
    boolean manual = false;
    int before = v.hitCount();
    for (int i = 0; i < v.size(); i++) {
      if (!v.isTimed(i)) {
        continue;
      }
      billedTimed += v.billedUnits(i);
      if (v.manualUnits(i) != null) {
        manual = true;
        if (v.billedUnits(i) > maxUnits(v, i)) {
          v.report(i);
        }
      }
    }
    // CMS also caps the sum: the total timed minutes decide how many units there are in all.
    boolean perCode = v.unitMethod() == UnitMethod.PER_CODE;
    if (!perCode && manual && v.hitCount() == before && billedTimed > UnitCalculator.unitsFor(v.totalTimedMinutes())) {
      v.report(-1, -1, billedTimed);
    }
  }

  public Finding describe(EditContext v, Hit hit) {
    if (hit.first() < 0) {
      int total = UnitCalculator.unitsFor(v.totalTimedMinutes());
      return finding(hit,
          hit.detail() + " timed units billed, but " + v.totalTimedMinutes() + " timed min support " + total + " under the 8-minute rule.",
          "Lower the units so that they add up to " + total + ".");
    }
    int i = hit.first();
    int max = maxUnits(v, i);
    return finding(hit, v.code(i) + ": " + v.billedUnits(i) + " units billed, but " + v.minutes(i) + " min support at most " + max + ".",
        "Lower the units to " + max + " or correct the minutes from the treatment note.");
  }

  /** Per code: the rule of eights on the line's minutes. CMS: at most one unit beyond the full 15s. */
  private static int maxUnits(EditContext v, int i) {
    int m = v.minutes(i);
    return v.unitMethod() == UnitMethod.PER_CODE ? UnitCalculator.unitsFor(m) : m / 15 + (m % 15 > 0 ? 1 : 0);
  }
}
