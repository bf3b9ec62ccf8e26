package com.quarterhour.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The edits across visits (billing-rules.md §3.3) at their boundaries, with the words a coder reads. */
class CrossVisitEditsTest {

  private static final LocalDate DOS = LocalDate.of(2026, 6, 1);
  private static final ScoringEngine ENGINE = ScoringEngine.bundled();
  /** $30.00 a unit of 97110: 30 minutes (2 units) are worth $60.00. */
  private static final FeeSchedule FEES = ENGINE.fees(Map.of("97110", new BigDecimal("30.00"), "97012", new BigDecimal("15.00")));
  /** Signed, covering the date of service. */
  private static final VisitHistory.PlanOfCare CERTIFIED = new VisitHistory.PlanOfCare(DOS.minusDays(31), DOS.minusDays(28), DOS.plusDays(58));
  private static final VisitHistory COVERED = VisitHistory.nothingOnFile().withPlan(CERTIFIED, 0, false).withYearToDate(0, FEES);

  private static List<Finding> findings(Discipline discipline, boolean medicare, String lines, VisitHistory history) {
    UnitMethod method = medicare ? UnitMethod.CMS_TOTAL_TIME : UnitMethod.PER_CODE;
    return ENGINE.score(new VisitInput(DOS, method, medicare, discipline, LineTokens.parse(lines)), history).findings();
  }

  private static List<String> ids(String lines, VisitHistory history) {
    return findings(Discipline.PT, true, lines, history).stream().map(Finding::id).toList();
  }

  private static Finding only(String id, List<Finding> findings) {
    assertThat(findings).extracting(Finding::id).containsOnlyOnce(id);
    return findings.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
  }

  private static VisitHistory ytd(String dollars) {
    return COVERED.withYearToDate(Money.cents(new BigDecimal(dollars)), FEES);
  }

  @Test
  void kxFiresOnlyWhenTheYearPassesTheThresholdNotWhenItReachesIt() {
    // $2,420.00 + $60.00 = $2,480.00: exactly the 2026 threshold is not over it.
    assertThat(ids("97110-GP:30", ytd("2420.00"))).doesNotContain("KX_THRESHOLD_REACHED");
    // One cent more is over.
    Finding f = only("KX_THRESHOLD_REACHED", findings(Discipline.PT, true, "97110-GP:30", ytd("2420.01")));
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.lines()).containsExactly(1);
    assertThat(f.message()).contains("$2,480.01", "$2,420.01 before this visit", "$60.00 for it", "2026 KX threshold of $2,480.00");
    assertThat(ids("97110-GP-KX:30", ytd("2420.01"))).doesNotContain("KX_THRESHOLD_REACHED");
  }

  @Test
  void kxNamesEveryLineWithUnitsThatLacksItButNotLinesWithoutUnits() {
    // Under CMS 97035 with 7 minutes gets no unit of the visit's 2: it needs no KX.
    List<Finding> found = findings(Discipline.PT, true, "97110-GP:23 97012-GP-KX:10 97035-GP:7", ytd("2470.00"));
    assertThat(found.stream().filter(f -> f.id().equals("KX_THRESHOLD_REACHED")).map(Finding::lines))
        .containsExactly(List.of(1));
  }

  @Test
  void kxAndMedicalReviewAreMedicareOnly() {
    assertThat(findings(Discipline.PT, false, "97110:30", ytd("5000.00"))).extracting(Finding::id)
        .doesNotContain("KX_THRESHOLD_REACHED", "MEDICAL_REVIEW_THRESHOLD");
  }

  @Test
  void medicalReviewIsANoteAboveThreeThousandDollars() {
    assertThat(ids("97110-GP-KX:30", ytd("2940.00"))).doesNotContain("MEDICAL_REVIEW_THRESHOLD");
    Finding f = only("MEDICAL_REVIEW_THRESHOLD", findings(Discipline.PT, true, "97110-GP-KX:30", ytd("2940.01")));
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.message()).contains("$3,000.01", "$3,000.00");
  }

  @Test
  void anUnsignedPlanCoversThirtyDaysAfterTheFirstTreatment() {
    var day30 = COVERED.withPlan(new VisitHistory.PlanOfCare(DOS.minusDays(30), null, null), 0, false);
    var day31 = COVERED.withPlan(new VisitHistory.PlanOfCare(DOS.minusDays(31), null, null), 0, false);
    assertThat(ids("97110-GP:30", day30)).doesNotContain("PLAN_OF_CARE_NOT_CERTIFIED");
    assertThat(only("PLAN_OF_CARE_NOT_CERTIFIED", findings(Discipline.PT, true, "97110-GP:30", day31)).message())
        .contains("unsigned more than 30 days");
  }

  @Test
  void aCertificationCoversNinetyDaysWhateverTheFormSays() {
    LocalDate through = DOS.plusYears(1);
    var day90 = COVERED.withPlan(new VisitHistory.PlanOfCare(DOS.minusDays(89), DOS.minusDays(80), through), 0, false);
    var day91 = COVERED.withPlan(new VisitHistory.PlanOfCare(DOS.minusDays(90), DOS.minusDays(80), through), 0, false);
    assertThat(ids("97110-GP:30", day90)).doesNotContain("PLAN_OF_CARE_NOT_CERTIFIED");
    assertThat(only("PLAN_OF_CARE_NOT_CERTIFIED", findings(Discipline.PT, true, "97110-GP:30", day91)).message())
        .contains("at most 90 days");
  }

  @Test
  void aSignedPlanEndsOnItsLastCertifiedDayAndNoPlanStartsBeforeItsFirstTreatment() {
    var endsToday = COVERED.withPlan(new VisitHistory.PlanOfCare(DOS.minusDays(40), DOS.minusDays(35), DOS), 0, false);
    var endedYesterday = COVERED.withPlan(new VisitHistory.PlanOfCare(DOS.minusDays(40), DOS.minusDays(35), DOS.minusDays(1)), 0, false);
    var startsTomorrow = COVERED.withPlan(new VisitHistory.PlanOfCare(DOS.plusDays(1), null, null), 0, false);
    assertThat(ids("97110-GP:30", endsToday)).doesNotContain("PLAN_OF_CARE_NOT_CERTIFIED");
    assertThat(only("PLAN_OF_CARE_NOT_CERTIFIED", findings(Discipline.PT, true, "97110-GP:30", endedYesterday)).message())
        .contains("ended on 2026-05-31");
    assertThat(only("PLAN_OF_CARE_NOT_CERTIFIED", findings(Discipline.PT, true, "97110-GP:30", startsTomorrow)).message())
        .contains("before the plan of care's first treatment");
    assertThat(only("PLAN_OF_CARE_NOT_CERTIFIED", findings(Discipline.PT, true, "97110-GP:30", VisitHistory.nothingOnFile())).message())
        .contains("no plan of care on file");
  }

  @Test
  void withoutAHistoryTheEditsAcrossVisitsStaySilent() {
    var score = ENGINE.score(new VisitInput(DOS, UnitMethod.CMS_TOTAL_TIME, true, Discipline.PT, LineTokens.parse("97110-GP:30")));
    assertThat(score.findings()).isEmpty();
  }

  @Test
  void progressReportIsDueOnTheTenthTreatmentDayAsAWarning() {
    assertThat(ids("97110-GP:30", COVERED.withPlan(CERTIFIED, 8, false))).doesNotContain("PROGRESS_REPORT_DUE");
    Finding f = only("PROGRESS_REPORT_DUE", findings(Discipline.PT, true, "97110-GP:30", COVERED.withPlan(CERTIFIED, 9, false)));
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message()).contains("treatment day 10");
    assertThat(ids("97110-GP:30", COVERED.withPlan(CERTIFIED, 15, true))).doesNotContain("PROGRESS_REPORT_DUE");
  }

  @Test
  void assistantUnitsFollowFullQuarterHoursThenLeftoverMinutes() {
    AssistantMinutes m = AssistantMinutes.forLines(1);
    // 38 minutes = 3 units under CMS: PT 23 (1 full + 8), PTA 15 (1 full + 0): the last unit is the PT's.
    assertThat(m.line(0, 23, 15, 0).assistantUnits(0, 3, true)).isEqualTo(1);
    // PT 20 + together 5 = 25 (1 + 10), PTA 13 (0 + 13): the second unit is the PTA's.
    assertThat(m.line(0, 20, 13, 5).assistantUnits(0, 2, true)).isEqualTo(1);
    // PT 9, PTA 9: a tie goes to the assistant.
    assertThat(m.line(0, 9, 9, 0).assistantUnits(0, 1, true)).isEqualTo(1);
    // PT 12, PTA 12: two units left, one each.
    assertThat(m.line(0, 12, 12, 0).assistantUnits(0, 2, true)).isEqualTo(1);
    // Untimed: more than 10 % by the assistant alone needs the modifier, 10 % exactly does not.
    assertThat(m.line(0, 9, 1, 0).assistantUnits(0, 1, false)).isZero();
    assertThat(m.line(0, 8, 2, 0).assistantUnits(0, 1, false)).isEqualTo(1);
  }

  @Test
  void anOtLineNeedsCoAndCqDoesNotCount() {
    var history = COVERED.withAssistants(AssistantMinutes.forLines(1).line(0, 0, 30, 0));
    Finding f = only("ASSISTANT_MODIFIER_REQUIRED", findings(Discipline.OT, true, "97530-GO-CQ:30", history));
    assertThat(f.message()).contains("2 of 2 unit(s) are the assistant's", "needs CO");
    assertThat(findings(Discipline.OT, true, "97530-GO-CO:30", history)).extracting(Finding::id)
        .doesNotContain("ASSISTANT_MODIFIER_REQUIRED");
  }

  @Test
  void anAuthorizationIsExceededWhenUsedUpOrOutsideItsDates() {
    var fiveOfTwelve = new VisitHistory.Authorization("A-1", 5, 12, DOS.minusDays(10), DOS);
    var elevenOfTwelve = new VisitHistory.Authorization("A-1", 11, 12, null, null);
    var expired = new VisitHistory.Authorization("A-1", 5, 12, DOS.minusDays(60), DOS.minusDays(1));
    assertThat(findings(Discipline.PT, false, "97110:30", COVERED.withAuthorization(fiveOfTwelve))).isEmpty();
    assertThat(findings(Discipline.PT, false, "97110:30", COVERED.withAuthorization(elevenOfTwelve))).isEmpty();
    assertThat(only("AUTHORIZATION_EXCEEDED",
        findings(Discipline.PT, false, "97110:30", COVERED.withAuthorization(new VisitHistory.Authorization("A-1", 12, 12, null, null))))
        .message()).isEqualTo("Authorization A-1: 12 of 12 authorized visits are used already.");
    assertThat(only("AUTHORIZATION_EXCEEDED", findings(Discipline.PT, false, "97110:30", COVERED.withAuthorization(expired))).message())
        .contains("outside it");
  }

  @Test
  void doubleBookingNeedsATimedLineWithTimesThatOverlapAnotherPatientsOneOnOneTime() {
    int nineToHalfPast = VisitInput.clockSpan(9 * 60, 9 * 60 + 30);
    var busy = COVERED.withOtherOneOnOne(nineToHalfPast);
    Finding f = only("THERAPIST_DOUBLE_BOOKED", findings(Discipline.PT, false, "97110@0920-0950", busy));
    assertThat(f.lines()).containsExactly(1);
    assertThat(f.message()).contains("09:20–09:50", "09:00–09:30");
    assertThat(findings(Discipline.PT, false, "97110@0930-1000", busy)).isEmpty(); // touching ends
    assertThat(findings(Discipline.PT, false, "97012@0900-0915", busy)).isEmpty(); // supervised, untimed
    assertThat(findings(Discipline.PT, false, "97110:30", busy)).isEmpty(); // no times
  }
}
