package com.quarterhour.rules.edits;

import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Hit;
import com.quarterhour.rules.Severity;
import com.quarterhour.rules.UnitMethod;

/** BELOW_BILLABLE_MINUTES: timed minutes were documented but are too few for any unit. */
public final class BelowBillableMinutes implements Edit {
  public String id() { return "BELOW_BILLABLE_MINUTES"; }
  public Severity severity() { return Severity.WARNING; }
  public int needs() { return EditContext.HAS_TIMED_LINE_WITHOUT_UNITS; }

  public void check(EditContext v) {
    boolean perCode = v.unitMethod() == UnitMethod.PER_CODE;
    for (int i = 0; i < v.size(); i++) {
      int m = v.minutes(i);
      boolean tooFew = perCode ? m < 8 : v.totalTimedMinutes() < 8;
      if (v.isTimed(i) && m > 0 && v.units(i) == 0 && tooFew) {
        v.report(i);
      }
    }
  }

  public Finding describe(EditContext v, Hit hit) {
    boolean perCode = v.unitMethod() == UnitMethod.PER_CODE;
    var line = v.line(hit.first());
    return finding(hit,
        line.code() + ": " + line.minutes() + " min" + (perCode ? "" : " (" + v.totalTimedMinutes() + " timed min in all)")
            + " is below the 8 minutes a unit needs.",
        "Check the minutes against the treatment note; if they are right, the line bills no unit.");
  }
}
