package com.quarterhour.rules.edits;

import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Hit;
import com.quarterhour.rules.Severity;
import com.quarterhour.rules.VisitHistory;

/** PLAN_OF_CARE_NOT_CERTIFIED (Medicare): the date of service is not covered by a certified plan of care. */
public final class PlanOfCareNotCertified implements Edit {
  public String id() { return "PLAN_OF_CARE_NOT_CERTIFIED"; }
  public Severity severity() { return Severity.ERROR; }
  /** Front-desk paperwork: it holds the visit in coding, not the therapist's signature. */
  public boolean blocksSignature() { return false; }
  public int needs() { return EditContext.IS_MEDICARE | EditContext.HAS_HISTORY; }

  public void check(EditContext v) {
    VisitHistory.Gap gap = gap(v);
    if (gap != null) {
      v.report(-1, -1, gap.ordinal());
    }
  }

  private static VisitHistory.Gap gap(EditContext v) {
    return v.history().planGapOn(v.visit().dateOfService());
  }

  public Finding describe(EditContext v, Hit hit) {
    VisitHistory.PlanOfCare plan = v.history().plan();
    String why = switch (VisitHistory.Gap.values()[hit.detail()]) {
      case NO_PLAN -> "The patient has no plan of care on file for this discipline.";
      case BEFORE_FIRST_TREATMENT -> "The date of service is before the plan of care's first treatment (" + plan.firstTreatment() + ").";
      case UNSIGNED_PAST_30_DAYS -> "The plan of care is still unsigned more than " + VisitHistory.PlanOfCare.DAYS_TO_SIGN
          + " days after the first treatment (" + plan.firstTreatment() + ").";
      case PAST_CERTIFIED_THROUGH -> "The certification ended on " + plan.certifiedThrough() + ".";
      case PAST_90_DAYS -> "A certification covers at most " + VisitHistory.PlanOfCare.MAX_CERTIFIED_DAYS
          + " days from the first treatment (" + plan.firstTreatment() + "); this date is past them.";
    };
    return finding(hit, why, "Get the physician's signature on the plan of care (or a recertification) that covers this date.");
  }
}
