package com.quarterhour.rules;

import java.time.LocalDate;

/**
 * What the clinic knows beyond the visit itself (billing-rules.md §3.3): the patient's Medicare
 * spending this year, the plan of care, the payer's authorization, who furnished the minutes and
 * the therapist's other one-on-one time that day. The services build it from the database; the
 * engine decides from it and stays pure.
 */
public final class VisitHistory {

  // Kept compact (cents as an int, the plan's dates as given) because every scored visit carries
  // one: the engine's allocation goal counts these bytes. The dates are turned into day numbers
  // only when the plan-of-care edit asks (Medicare visits), not on every visit built.
  private final int yearToDateCents;
  private final LocalDate planFirstTreatment;
  private final LocalDate planSignedOn;
  private final LocalDate planCertifiedThrough;
  private final short treatmentDaysSinceProgressReport;
  private final boolean progressReportAtThisVisit;
  private final FeeSchedule fees;
  private final Authorization authorization;
  private final AssistantMinutes assistants;
  private final int[] otherOneOnOne;

  /**
   * @param yearToDateCents the patient's allowed amount this calendar year in the visit's threshold
   *     bucket (PT+SLP together, or OT), before this visit
   * @param fees what the visit's payer allows per unit, to add up this visit
   * @param plan the certification of the plan of care the visit belongs to, or null when no plan is
   *     on file
   * @param treatmentDaysSinceProgressReport treatment days of the episode since the last progress
   *     report (or since it began), this visit not counted
   * @param progressReportAtThisVisit a progress report is written at this visit
   * @param authorization the payer's authorization, or null when the payer requires none
   * @param assistants who furnished each line's minutes, or null when the therapist alone did
   * @param otherOneOnOne the same therapist's one-on-one time in other patients' visits that day,
   *     each as a {@link VisitInput#clockSpan}, or null for none
   */
  public VisitHistory(
      long yearToDateCents,
      FeeSchedule fees,
      PlanOfCare plan,
      int treatmentDaysSinceProgressReport,
      boolean progressReportAtThisVisit,
      Authorization authorization,
      AssistantMinutes assistants,
      int[] otherOneOnOne) {
    this(cents(yearToDateCents), fees, plan == null ? null : plan.firstTreatment(), plan == null ? null : plan.signedOn(),
        plan == null ? null : plan.certifiedThrough(), days(treatmentDaysSinceProgressReport), progressReportAtThisVisit, authorization, assistants, otherOneOnOne);
  }

  private VisitHistory(int yearToDateCents, FeeSchedule fees, LocalDate planFirstTreatment, LocalDate planSignedOn,
      LocalDate planCertifiedThrough,
      short treatmentDaysSinceProgressReport, boolean progressReportAtThisVisit, Authorization authorization,
      AssistantMinutes assistants, int[] otherOneOnOne) {
    this.yearToDateCents = yearToDateCents;
    this.fees = fees == null ? FeeSchedule.NONE : fees;
    this.planFirstTreatment = planFirstTreatment;
    this.planSignedOn = planSignedOn;
    this.planCertifiedThrough = planCertifiedThrough;
    this.treatmentDaysSinceProgressReport = treatmentDaysSinceProgressReport;
    this.progressReportAtThisVisit = progressReportAtThisVisit;
    this.authorization = authorization;
    this.assistants = assistants;
    this.otherOneOnOne = otherOneOnOne;
  }

  /**
   * A history from the columns the database hands over, the plan of care's dates among them (first
   * treatment null: no plan on file), without making a {@link PlanOfCare} for them. The arrays
   * become the history's (not copied).
   */
  public static VisitHistory ofColumns(long yearToDateCents, FeeSchedule fees, LocalDate planFirstTreatment,
      LocalDate planSignedOn, LocalDate planCertifiedThrough, int treatmentDaysSinceProgressReport,
      boolean progressReportAtThisVisit, Authorization authorization, AssistantMinutes assistants, int[] otherOneOnOne) {
    if (planFirstTreatment == null && (planSignedOn != null || planCertifiedThrough != null)) {
      throw new IllegalArgumentException("a certification without a plan's first treatment day");
    }
    if ((planSignedOn == null) != (planCertifiedThrough == null)) {
      throw new IllegalArgumentException("a signed certification names the last day it certifies, an unsigned one neither");
    }
    return new VisitHistory(cents(yearToDateCents), fees, planFirstTreatment, planSignedOn, planCertifiedThrough, days(treatmentDaysSinceProgressReport), progressReportAtThisVisit, authorization,
        assistants, otherOneOnOne);
  }

  private static int cents(long yearToDateCents) {
    if (yearToDateCents < 0 || yearToDateCents > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("a year-to-date amount is from $0 to $21,474,836.47: " + yearToDateCents + " cents");
    }
    return (int) yearToDateCents;
  }

  private static short days(int treatmentDays) {
    if (treatmentDays < 0 || treatmentDays > Short.MAX_VALUE) {
      throw new IllegalArgumentException("treatment days since the progress report: " + treatmentDays);
    }
    return (short) treatmentDays;
  }

  /** Nothing on file: no plan of care, nothing spent, no authorization, no other visits. */
  public static VisitHistory nothingOnFile() {
    return new VisitHistory(0, FeeSchedule.NONE, null, 0, false, null, null, null);
  }

  public long yearToDateCents() {
    return yearToDateCents;
  }

  public FeeSchedule fees() {
    return fees;
  }

  /** The plan of care's certification, or null when no plan is on file (made on request). */
  public PlanOfCare plan() {
    return planFirstTreatment == null ? null : new PlanOfCare(planFirstTreatment, planSignedOn, planCertifiedThrough);
  }

  /** Why the date of service is not covered by a certified plan of care, or null when it is. */
  public Gap planGapOn(LocalDate dateOfService) {
    if (planFirstTreatment == null) {
      return Gap.NO_PLAN;
    }
    return PlanOfCare.gap(planFirstTreatment, planSignedOn == null, planCertifiedThrough, dateOfService);
  }

  public int treatmentDaysSinceProgressReport() {
    return treatmentDaysSinceProgressReport;
  }

  public boolean progressReportAtThisVisit() {
    return progressReportAtThisVisit;
  }

  public Authorization authorization() {
    return authorization;
  }

  public AssistantMinutes assistants() {
    return assistants;
  }

  /** The therapist's other one-on-one times that day as {@link VisitInput#clockSpan}s, or null (not a copy: do not change it). */
  public int[] otherOneOnOne() {
    return otherOneOnOne;
  }

  public VisitHistory withPlan(PlanOfCare plan, int treatmentDaysSinceProgressReport, boolean progressReportAtThisVisit) {
    return new VisitHistory(yearToDateCents, fees, plan, treatmentDaysSinceProgressReport, progressReportAtThisVisit,
        authorization, assistants, otherOneOnOne);
  }

  public VisitHistory withYearToDate(long yearToDateCents, FeeSchedule fees) {
    return new VisitHistory(yearToDateCents, fees, plan(), treatmentDaysSinceProgressReport, progressReportAtThisVisit,
        authorization, assistants, otherOneOnOne);
  }

  public VisitHistory withAuthorization(Authorization authorization) {
    return new VisitHistory(yearToDateCents, fees, plan(), treatmentDaysSinceProgressReport, progressReportAtThisVisit,
        authorization, assistants, otherOneOnOne);
  }

  public VisitHistory withAssistants(AssistantMinutes assistants) {
    return new VisitHistory(yearToDateCents, fees, plan(), treatmentDaysSinceProgressReport, progressReportAtThisVisit,
        authorization, assistants, otherOneOnOne);
  }

  public VisitHistory withOtherOneOnOne(int... clockSpans) {
    return new VisitHistory(yearToDateCents, fees, plan(), treatmentDaysSinceProgressReport, progressReportAtThisVisit,
        authorization, assistants, clockSpans.length == 0 ? null : clockSpans.clone());
  }

  @Override
  public String toString() {
    return "VisitHistory[ytd=" + Money.usd(yearToDateCents) + ", plan=" + plan() + ", progressDays=" + treatmentDaysSinceProgressReport
        + (progressReportAtThisVisit ? " + report" : "") + ", authorization=" + authorization + ", assistants=" + assistants
        + ", otherOneOnOne=" + (otherOneOnOne == null ? 0 : otherOneOnOne.length) + "]";
  }

  /**
   * The certification of a plan of care that covers (or should cover) the visit: the first treatment
   * day of its period (the episode's first treatment, or the day after the previous certification
   * ended, for a recertification), the day the physician signed it and the last day it certifies
   * (both null while unsigned).
   */
  public record PlanOfCare(LocalDate firstTreatment, LocalDate signedOn, LocalDate certifiedThrough) {

    /** Days a plan may go unsigned after the first treatment. */
    public static final int DAYS_TO_SIGN = 30;
    /** A certification covers at most 90 days, the first treatment day being day 1. */
    public static final int MAX_CERTIFIED_DAYS = 90;

    public PlanOfCare {
      if (firstTreatment == null) {
        throw new IllegalArgumentException("a plan of care needs its first treatment day");
      }
      if ((signedOn == null) != (certifiedThrough == null)) {
        throw new IllegalArgumentException("a signed certification names the last day it certifies, an unsigned one neither");
      }
    }

    /** Why the date of service is not covered (billing-rules.md §3.3), or null when it is. */
    public Gap gapOn(LocalDate dateOfService) {
      return gap(firstTreatment, signedOn == null, certifiedThrough, dateOfService);
    }

    /** The rule itself, for the history's dates as given (certified through is null while unsigned). */
    static Gap gap(LocalDate firstTreatment, boolean unsigned, LocalDate certifiedThrough, LocalDate dateOfService) {
      long day = dateOfService.toEpochDay() - firstTreatment.toEpochDay();
      if (day < 0) {
        return Gap.BEFORE_FIRST_TREATMENT;
      }
      if (day >= MAX_CERTIFIED_DAYS) {
        return Gap.PAST_90_DAYS;
      }
      if (unsigned) {
        return day > DAYS_TO_SIGN ? Gap.UNSIGNED_PAST_30_DAYS : null;
      }
      return dateOfService.isAfter(certifiedThrough) ? Gap.PAST_CERTIFIED_THROUGH : null;
    }
  }

  /** Why a plan of care does not cover a date of service. */
  public enum Gap {
    NO_PLAN,
    BEFORE_FIRST_TREATMENT,
    UNSIGNED_PAST_30_DAYS,
    PAST_CERTIFIED_THROUGH,
    PAST_90_DAYS
  }

  /**
   * A payer's authorization: visits used before this one, visits authorized, and the dates it is
   * valid (null: open at that end).
   */
  public record Authorization(String number, int used, int allowed, LocalDate from, LocalDate through) {

    public Authorization {
      if (used < 0 || allowed < 0) {
        throw new IllegalArgumentException("visits used and authorized cannot be negative");
      }
    }

    /** The visit cannot use this authorization: its visits are used up or the date is outside it. */
    public boolean exceededOn(LocalDate dateOfService) {
      return used >= allowed || !covers(dateOfService);
    }

    public boolean covers(LocalDate dateOfService) {
      return (from == null || !dateOfService.isBefore(from)) && (through == null || !dateOfService.isAfter(through));
    }
  }
}
