package com.quarterhour.rules.edits;

import com.quarterhour.rules.CodeCategory;
import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Hit;
import com.quarterhour.rules.Severity;

/** MULTIPLE_EVALUATIONS: two evaluations of one discipline on one date. */
public final class MultipleEvaluations implements Edit {
  public String id() { return "MULTIPLE_EVALUATIONS"; }
  public Severity severity() { return Severity.ERROR; }
  public int needs() { return EditContext.HAS_EVALUATION; }

  public void check(EditContext v) {
    for (int a = 0; a < v.size(); a++) {
      for (int b = a + 1; b < v.size(); b++) {
        if (v.hasCategory(a, CodeCategory.EVALUATION) && v.hasCategory(b, CodeCategory.EVALUATION)
            && v.def(a).discipline() == v.def(b).discipline()) {
          v.report(a, b);
        }
      }
    }
  }

  public Finding describe(EditContext v, Hit hit) {
    return finding(hit,
        v.code(hit.first()) + " and " + v.code(hit.second()) + " are two evaluations of one discipline on one date.",
        "Bill one evaluation, at the complexity the documentation supports.");
  }
}
