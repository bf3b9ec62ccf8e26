package com.quarterhour.rules.edits;

import com.quarterhour.rules.CodeCategory;
import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Hit;
import com.quarterhour.rules.Severity;

/** EVALUATION_WITH_REEVALUATION: an evaluation and a re-evaluation of one discipline on one date. */
public final class EvaluationWithReevaluation implements Edit {
  public String id() { return "EVALUATION_WITH_REEVALUATION"; }
  public Severity severity() { return Severity.ERROR; }
  public int needs() { return EditContext.HAS_EVALUATION | EditContext.HAS_RE_EVALUATION; }

  public void check(EditContext v) {
    for (int e = 0; e < v.size(); e++) {
      if (!v.hasCategory(e, CodeCategory.EVALUATION)) {
        continue;
      }
      for (int r = 0; r < v.size(); r++) {
        if (v.hasCategory(r, CodeCategory.RE_EVALUATION) && v.def(r).discipline() == v.def(e).discipline()) {
          v.report(e, r);
        }
      }
    }
  }

  public Finding describe(EditContext v, Hit hit) {
    return finding(hit,
        v.code(hit.first()) + " (evaluation) and " + v.code(hit.second()) + " (re-evaluation) are billed on the same date.",
        "Bill the evaluation only; a re-evaluation the same day is part of it.");
  }
}
