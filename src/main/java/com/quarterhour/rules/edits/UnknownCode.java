package com.quarterhour.rules.edits;

import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Hit;
import com.quarterhour.rules.Severity;

/** UNKNOWN_CODE: the code is not in the catalog, or not valid on the date of service. */
public final class UnknownCode implements Edit {
  public String id() { return "UNKNOWN_CODE"; }
  public Severity severity() { return Severity.ERROR; }
  public int needs() { return EditContext.HAS_INVALID_CODE; }

  public void check(EditContext v) {
    for (int i = 0; i < v.size(); i++) {
      if (!v.isValid(i)) {
        v.report(i);
      }
    }
  }

  public Finding describe(EditContext v, Hit hit) {
    String code = v.code(hit.first());
    return v.def(hit.first()) == null
        ? finding(hit, code + " is not in the code catalog.", "Check the code against the treatment note; pick it from the code lookup.")
        : finding(hit, code + " is not valid on " + v.visit().dateOfService() + ".", "Use the code that was in effect on the date of service.");
  }
}
