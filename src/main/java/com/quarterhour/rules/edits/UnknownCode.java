package com.quarterhour.rules.edits;

import com.quarterhour.rules.CodeCategory;
import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Modifiers;
import com.quarterhour.rules.Severity;
import java.util.List;

/** UNKNOWN_CODE: the code is not in the catalog, or not valid on the date of service. */
public final class UnknownCode implements Edit {
  public String id() { return "UNKNOWN_CODE"; }
  public Severity severity() { return Severity.ERROR; }

  public void check(EditContext v, List<Finding> out) {
    for (int i = 0; i < v.size(); i++) {
      String code = v.line(i).code();
      if (v.def(i) == null) {
        out.add(finding(code + " is not in the code catalog.", "Check the code against the treatment note; pick it from the code lookup.", i));
      } else if (!v.isValid(i)) {
        out.add(finding(code + " is not valid on " + v.visit().dateOfService() + ".", "Use the code that was in effect on the date of service.", i));
      }
    }
  }
}
