package com.quarterhour.rules.edits;

import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Hit;
import com.quarterhour.rules.LineInput;
import com.quarterhour.rules.Severity;
import com.quarterhour.rules.VisitInput;

/**
 * THERAPIST_DOUBLE_BOOKED (any payer): a timed line's start–stop overlaps the same therapist's
 * one-on-one time with another patient that day. Touching ends do not overlap; untimed lines and
 * lines without times are not checked.
 */
public final class TherapistDoubleBooked implements Edit {
  public String id() { return "THERAPIST_DOUBLE_BOOKED"; }
  public Severity severity() { return Severity.ERROR; }
  public int needs() { return EditContext.HAS_OTHER_ONE_ON_ONE | EditContext.HAS_TIMES; }

  public void check(EditContext v) {
    int[] busy = v.history().otherOneOnOne();
    for (int i = 0; i < v.size(); i++) {
      if (!v.isTimed(i) || !v.visit().hasTimes(i)) {
        continue;
      }
      for (int k = 0; k < busy.length; k++) {
        int start = VisitInput.spanStart(busy[k]);
        int stop = VisitInput.spanStop(busy[k]);
        if (v.visit().startMinute(i) < stop && start < v.visit().stopMinute(i)) {
          v.report(i, -1, k);
          break;
        }
      }
    }
  }

  public Finding describe(EditContext v, Hit hit) {
    LineInput line = v.line(hit.first());
    int span = v.history().otherOneOnOne()[hit.detail()];
    return finding(hit,
        line.code() + " (" + line.start() + "–" + line.stop() + ") overlaps the therapist's one-on-one time with another patient ("
            + LineInput.clock(VisitInput.spanStart(span)) + "–" + LineInput.clock(VisitInput.spanStop(span)) + ").",
        "Correct the times from the notes; a therapist cannot bill one-on-one time with two patients at once (bill 97150 if it was a group).");
  }
}
