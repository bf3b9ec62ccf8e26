package com.quarterhour.rules.edits;

import com.quarterhour.rules.CodeCategory;
import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Modifiers;
import com.quarterhour.rules.Severity;
import java.util.List;

/** OVERLAPPING_TIMED_SERVICES: one therapist cannot give two timed services at the same time. */
public final class OverlappingTimedServices implements Edit {
  public String id() { return "OVERLAPPING_TIMED_SERVICES"; }
  public Severity severity() { return Severity.ERROR; }

  public void check(EditContext v, List<Finding> out) {
    for (int a = 0; a < v.size(); a++) {
      for (int b = a + 1; b < v.size(); b++) {
        if (v.def(a) != null && v.def(a).timed() && v.def(b) != null && v.def(b).timed() && v.overlap(a, b)) {
          out.add(finding(
              v.line(a).code() + " (" + v.line(a).start() + "–" + v.line(a).stop() + ") and " + v.line(b).code() + " ("
                  + v.line(b).start() + "–" + v.line(b).stop() + ") overlap in time.",
              "Correct the start and stop times from the treatment note; overlapping minutes can be billed once only.",
              a, b));
        }
      }
    }
  }
}
