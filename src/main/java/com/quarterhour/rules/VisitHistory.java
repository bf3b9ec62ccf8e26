package com.quarterhour.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What edits across visits need to know beyond the visit itself: the plan of care, the patient's
 * spending this year, and who furnished the minutes. Filled in by the workflow (issue 4), which
 * adds the edits KX_THRESHOLD_REACHED, PLAN_OF_CARE_NOT_CERTIFIED, PROGRESS_REPORT_DUE and
 * ASSISTANT_MODIFIER_REQUIRED on top of these types.
 *
 * @param episode the plan of care the visit belongs to, or null when none is on file
 * @param yearToDate the patient's allowed amounts so far this calendar year
 * @param assistants who furnished each line's minutes, by 0-based line; lines absent were the
 *     therapist's alone
 */
public record VisitHistory(EpisodeOfCare episode, YearToDate yearToDate, Map<Integer, AssistantShare> assistants) {

  public VisitHistory {
    assistants = Map.copyOf(assistants);
  }

  /**
   * A plan of care: certified within 30 days of the first treatment, each certification covering at
   * most 90 days; a progress report at least every 10 treatment days.
   *
   * @param certifiedOn date the physician signed, or null while unsigned
   * @param certifiedThrough last day the certification covers, or null while unsigned
   */
  public record EpisodeOfCare(
      Discipline discipline,
      LocalDate firstTreatment,
      LocalDate certifiedOn,
      LocalDate certifiedThrough,
      int treatmentDaysSinceProgressReport) {}

  /** Allowed amounts this year: PT and SLP share one KX threshold, OT has its own. */
  public record YearToDate(int year, BigDecimal ptSlpAllowed, BigDecimal otAllowed) {}

  /**
   * Minutes of one line by who furnished them; minutes given together count as the therapist's.
   *
   * @param assistantModifier CQ (PT assistant) or CO (OT assistant)
   */
  public record AssistantShare(int therapistMinutes, int assistantMinutes, int togetherMinutes, String assistantModifier) {}
}
