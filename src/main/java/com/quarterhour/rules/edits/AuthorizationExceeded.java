package com.quarterhour.rules.edits;

import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Hit;
import com.quarterhour.rules.Severity;
import com.quarterhour.rules.VisitHistory;

/** AUTHORIZATION_EXCEEDED (any payer requiring one): its visits are used up, or the date is outside it. */
public final class AuthorizationExceeded implements Edit {
  public String id() { return "AUTHORIZATION_EXCEEDED"; }
  public Severity severity() { return Severity.ERROR; }
  /** Front-desk paperwork: it holds the visit in coding, not the therapist's signature. */
  public boolean blocksSignature() { return false; }
  public int needs() { return EditContext.HAS_AUTHORIZATION; }

  public void check(EditContext v) {
    if (v.history().authorization().exceededOn(v.visit().dateOfService())) {
      v.report(-1);
    }
  }

  public Finding describe(EditContext v, Hit hit) {
    VisitHistory.Authorization auth = v.history().authorization();
    String number = auth.number() == null ? "The authorization" : "Authorization " + auth.number();
    String why = auth.covers(v.visit().dateOfService())
        ? number + ": " + auth.used() + " of " + auth.allowed() + " authorized visits are used already."
        : number + " is valid " + (auth.from() == null ? "" : "from " + auth.from() + " ") + (auth.through() == null ? "" : "through " + auth.through())
            + "; the date of service is outside it.";
    return finding(hit, why, "Ask the payer for more visits (or a new authorization) before billing this visit.");
  }
}
