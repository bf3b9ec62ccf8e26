package com.quarterhour.rules.edits;

import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Hit;
import com.quarterhour.rules.Severity;
import com.quarterhour.rules.UnitMethod;

/** CODE_WITHOUT_UNITS: under CMS, a timed line got no unit because the total capped it. */
public final class CodeWithoutUnits implements Edit {
  public String id() { return "CODE_WITHOUT_UNITS"; }
  public Severity severity() { return Severity.INFO; }
  public int needs() { return EditContext.HAS_TIMED_LINE_WITHOUT_UNITS; }

  public void check(EditContext v) {
    if (v.unitMethod() != UnitMethod.CMS_TOTAL_TIME || v.totalTimedMinutes() < 8) {
      return;
    }
    for (int i = 0; i < v.size(); i++) {
      if (v.isTimed(i) && v.minutes(i) > 0 && v.units(i) == 0) {
        v.report(i);
      }
    }
  }

  public Finding describe(EditContext v, Hit hit) {
    var line = v.line(hit.first());
    return finding(hit, line.code() + ": " + line.minutes() + " min earn no unit; the visit's total timed minutes gave their units to other codes.",
        "Nothing to fix: keep the line so the documented minutes and the note agree.");
  }
}
