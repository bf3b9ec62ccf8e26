package com.quarterhour.documentation.service;

import com.quarterhour.visit.FieldProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.rules.CodeCatalog;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisitCheckTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  private final CodeCatalog catalog = CodeCatalog.bundled();

  private List<FieldProblem> check(NewVisit v) {
    return VisitCheck.problems(v, catalog, TODAY);
  }

  @Test
  void aCompleteVisitHasNoProblems() {
    var v = new NewVisit(1L, 2L, TODAY, List.of(new NewVisit.NewLine("97110", 33)), true);
    assertThat(check(v)).isEmpty();
  }

  @Test
  void namesEveryMissingField() {
    var v = new NewVisit(null, null, null, List.of(), false);
    assertThat(check(v))
        .extracting(FieldProblem::field)
        .containsExactly("patient", "payer", "dateOfService", "lines");
  }

  @Test
  void rejectsAFutureDateOfService() {
    var v = new NewVisit(1L, 2L, TODAY.plusDays(1), List.of(new NewVisit.NewLine("97110", 20)), true);
    assertThat(check(v))
        .containsExactly(new FieldProblem("dateOfService", "Date of service: 2026-06-02 is in the future."));
  }

  @Test
  void namesTheLineOfAnUnknownCodeAndOfMinutesOutOfRange() {
    var v =
        new NewVisit(
            1L,
            2L,
            TODAY,
            List.of(new NewVisit.NewLine("97110", 0), new NewVisit.NewLine("99999", 481)),
            true);
    assertThat(check(v))
        .containsExactly(
            new FieldProblem("lines[0].minutes", "Line 1: minutes must be a whole number from 1 to 480."),
            new FieldProblem("lines[1].code", "Line 2: 99999 is not a known CPT code."),
            new FieldProblem("lines[1].minutes", "Line 2: minutes must be a whole number from 1 to 480."));
  }

  @Test
  void rejectsACodeNotYetEffectiveOnTheDateOfService() {
    var v =
        new NewVisit(1L, 2L, LocalDate.of(2016, 5, 1), List.of(new NewVisit.NewLine("97161", 45)), true);
    assertThat(check(v)).extracting(FieldProblem::message).containsExactly("Line 1: 97161 is not valid on 2016-05-01.");
  }

  private static NewVisit.NewLine timed(Integer minutes, String start, String stop) {
    return new NewVisit.NewLine("97110", "GP", minutes, start == null ? null : LocalTime.parse(start), stop == null ? null : LocalTime.parse(stop));
  }

  @Test
  void startAndStopTimesGiveTheMinutes() {
    var v = new NewVisit(1L, 2L, TODAY, List.of(timed(null, "09:00", "09:33"), timed(33, "09:33", "10:06")), true);
    assertThat(check(v)).isEmpty();
    assertThat(v.lines().get(0).effectiveMinutes()).isEqualTo(33);
  }

  @Test
  void timesGoTogetherRunForwardAndAgreeWithTypedMinutes() {
    var v = new NewVisit(1L, 2L, TODAY, List.of(
        timed(null, "09:00", null), timed(null, "10:00", "09:30"), timed(20, "11:00", "11:30"), timed(null, null, null)), true);
    assertThat(check(v)).containsExactly(
        new FieldProblem("lines[0].stop", "Line 1 stop time: enter both start and stop times, or neither."),
        new FieldProblem("lines[1].stop", "Line 2 stop time: 09:30 is not after the start time 10:00."),
        new FieldProblem("lines[2].minutes", "Line 3 minutes: 20 do not match 11:00–11:30 (30 min); correct one of them or leave the minutes empty."),
        new FieldProblem("lines[3].minutes", "Line 4: enter the minutes, or the start and stop times."));
  }

  @Test
  void anAssistantsMinutesNeedANamedAssistantAndFitInTheLine() {
    var unnamed = new NewVisit(1L, 2L, TODAY, null, List.of(new NewVisit.NewLine("97110", "GP", 38, null, null, 30, 8)), true, null);
    assertThat(check(unnamed)).extracting(FieldProblem::message)
        .containsExactly("Line 1 assistant minutes: name the assistant who took part (Assistant), or leave them empty.");

    var tooMany = new NewVisit(1L, 2L, TODAY, null, List.of(new NewVisit.NewLine("97110", "GP", 38, null, null, 30, 9)), true, 7L);
    assertThat(check(tooMany)).extracting(FieldProblem::field, FieldProblem::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("lines[0].assistantMinutes",
            "Line 1 assistant minutes: 30 alone + 9 together is more than the line's 38 minutes."));

    var negative = new NewVisit(1L, 2L, TODAY, null, List.of(new NewVisit.NewLine("97110", "GP", 38, null, null, -1, null)), true, 7L);
    assertThat(check(negative)).extracting(FieldProblem::message).containsExactly("Line 1 assistant minutes: cannot be negative.");

    var fits = new NewVisit(1L, 2L, TODAY, null, List.of(new NewVisit.NewLine("97110", "GP", 38, null, null, 30, 8)), true, 7L);
    assertThat(check(fits)).isEmpty();
  }

  @Test
  void theSplitOfTheScoredLinesReachesTheEngineAlignedWithThem() {
    var v = new NewVisit(1L, 2L, TODAY, null, List.of(
        new NewVisit.NewLine("", "GP", null, null, null, 5, null), // not scored yet: no code
        new NewVisit.NewLine("97110", "GP", 38, null, null, 30, 8),
        new NewVisit.NewLine("97140", "GP", 15, null, null, null, null)), false, 7L);
    var minutes = VisitLines.assistantMinutes(v);
    assertThat(minutes.lines()).isEqualTo(2);
    assertThat(new int[] {minutes.therapistAlone(0), minutes.assistantAlone(0), minutes.together(0)}).containsExactly(0, 30, 8);
    assertThat(new int[] {minutes.therapistAlone(1), minutes.assistantAlone(1), minutes.together(1)}).containsExactly(15, 0, 0);
    assertThat(VisitLines.assistantMinutes(new NewVisit(1L, 2L, TODAY, null, v.lines(), false, null))).isNull();
  }
}
