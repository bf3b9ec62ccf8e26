package com.quarterhour.rules.edits;

import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Hit;
import com.quarterhour.rules.Severity;

/** OVERLAPPING_TIMED_SERVICES: one therapist cannot give two timed services at the same time. */
public final class OverlappingTimedServices implements Edit {
  public String id() { return "OVERLAPPING_TIMED_SERVICES"; }
  public Severity severity() { return Severity.ERROR; }
  public int needs() { return EditContext.HAS_TIMES; }

  public void check(EditContext v) {
    for (int a = 0; a < v.size(); a++) {
      for (int b = a + 1; b < v.size(); b++) {
        if (v.isTimed(a) && v.isTimed(b) && v.overlap(a, b)) {
          v.report(a, b);
        }
      }
    }
  }

  public Finding describe(EditContext v, Hit hit) {
    var a = v.line(hit.first());
    var b = v.line(hit.second());
    return finding(hit,
        a.code() + " (" + a.start() + "–" + a.stop() + ") and " + b.code() + " (" + b.start() + "–" + b.stop() + ") overlap in time.",
        "Correct the start and stop times from the treatment note; overlapping minutes can be billed once only.");
  }
}
