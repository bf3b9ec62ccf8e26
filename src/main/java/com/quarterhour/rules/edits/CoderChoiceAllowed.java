package com.quarterhour.rules.edits;

import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Hit;
import com.quarterhour.rules.Severity;
import java.util.List;

/** CODER_CHOICE_ALLOWED: a CMS tie for a leftover unit; the first line entered took it. */
public final class CoderChoiceAllowed implements Edit {
  public String id() { return "CODER_CHOICE_ALLOWED"; }
  public Severity severity() { return Severity.INFO; }
  public int needs() { return EditContext.HAS_TIE; }

  public void check(EditContext v) {
    if (v.hasTie()) {
      v.report(-1, -1, 0);
    }
  }

  public Finding describe(EditContext v, Hit hit) {
    List<Integer> tied = v.unitAllocation().tiedLines();
    StringBuilder codes = new StringBuilder();
    List<Integer> lines = new java.util.ArrayList<>();
    for (int i : tied) {
      codes.append(codes.length() == 0 ? "" : ", ").append(v.code(i));
      lines.add(i + 1);
    }
    return new Finding(id(), severity(), lines, "Tie for a leftover unit between " + codes + ": the line entered first got it.",
        "CMS lets the coder choose which of these codes gets the unit; move it if the note favours another.");
  }
}
