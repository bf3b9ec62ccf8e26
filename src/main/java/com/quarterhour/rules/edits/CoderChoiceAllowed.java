package com.quarterhour.rules.edits;

import com.quarterhour.rules.CodeCategory;
import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Modifiers;
import com.quarterhour.rules.Severity;
import java.util.List;

/** CODER_CHOICE_ALLOWED: a CMS tie for a leftover unit; the first line entered took it. */
public final class CoderChoiceAllowed implements Edit {
  public String id() { return "CODER_CHOICE_ALLOWED"; }
  public Severity severity() { return Severity.INFO; }

  public void check(EditContext v, List<Finding> out) {
    if (!v.units().hasTie()) {
      return;
    }
    List<Integer> tied = v.units().tiedLines();
    int[] lines = tied.stream().mapToInt(Integer::intValue).toArray();
    StringBuilder codes = new StringBuilder();
    for (int i : lines) {
      codes.append(codes.length() == 0 ? "" : ", ").append(v.line(i).code());
    }
    out.add(finding("Tie for a leftover unit between " + codes + ": the line entered first got it.",
        "CMS lets the coder choose which of these codes gets the unit; move it if the note favours another.", lines));
  }
}
