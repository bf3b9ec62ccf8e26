package com.quarterhour.rules.edits;

import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Hit;
import com.quarterhour.rules.Money;
import com.quarterhour.rules.Severity;
import com.quarterhour.rules.TherapyThresholds;

/** MEDICAL_REVIEW_THRESHOLD (Medicare, info): this year's allowed amount with this visit is above $3,000. */
public final class MedicalReviewThreshold implements Edit {
  public String id() { return "MEDICAL_REVIEW_THRESHOLD"; }
  public Severity severity() { return Severity.INFO; }
  public int needs() { return EditContext.IS_MEDICARE | EditContext.HAS_HISTORY; }

  public void check(EditContext v) {
    TherapyThresholds.Year year = TherapyThresholds.shipped().forYear(v.visit().dateOfService().getYear());
    if (year != null && v.history().yearToDateCents() + v.allowedCents() > year.medicalReviewCents()) {
      v.report(-1);
    }
  }

  public Finding describe(EditContext v, Hit hit) {
    TherapyThresholds.Year year = TherapyThresholds.shipped().forYear(v.visit().dateOfService().getYear());
    return finding(hit,
        "This year's allowed amount reaches " + Money.usd(v.history().yearToDateCents() + v.allowedCents()) + ", above the "
            + Money.usd(year.medicalReviewCents()) + " at which Medicare may pick the claim for targeted medical review.",
        "Nothing blocks the claim: make sure the plan of care and the notes show why the therapy is still needed.");
  }
}
