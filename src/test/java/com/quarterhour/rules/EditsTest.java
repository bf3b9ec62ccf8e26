package com.quarterhour.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One behaviour per edit, with the message and fix a coder reads. */
class EditsTest {

  private static final LocalDate DOS = LocalDate.of(2026, 6, 1);
  private final ScoringEngine engine = ScoringEngine.bundled();

  private List<Finding> findings(boolean medicare, String lines) {
    UnitMethod method = medicare ? UnitMethod.CMS_TOTAL_TIME : UnitMethod.PER_CODE;
    return engine.score(new VisitInput(DOS, method, medicare, Discipline.PT, LineTokens.parse(lines))).findings();
  }

  private Finding only(String id, List<Finding> findings) {
    assertThat(findings).extracting(Finding::id).containsOnlyOnce(id);
    return findings.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void ncciPairWithoutBypassModifierNamesBothCodesAndTheFix() {
    Finding f = only("NCCI_PTP_NEEDS_MODIFIER", findings(true, "97140-GP:15 97530-GP:15"));
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.lines()).containsExactly(1, 2);
    assertThat(f.linesText()).isEqualTo("lines 1, 2");
    assertThat(f.message()).contains("97140", "97530");
    assertThat(f.fix())
        .isEqualTo("Add 59 (or XS/XU) to 97530 if it was done in a separate 15-minute block; otherwise bill only 97140.");
  }

  @Test
  void ncciPairWithIndicatorZeroCannotBeBypassed() {
    var table =
        new NcciTable(List.of(new PtpEdit("97112", "97116", false, LocalDate.of(2020, 1, 1), null, 0, "test pair")));
    var strict = new ScoringEngine(CodeCatalog.bundled(), table, MueTable.starter());
    var score =
        strict.score(new VisitInput(DOS, UnitMethod.PER_CODE, false, null, LineTokens.parse("97112:15 97116-59:15")));
    assertThat(score.findings()).extracting(Finding::id).containsExactly("NCCI_PTP_NOT_ALLOWED");
  }

  @Test
  void deletedNcciPairNoLongerFires() {
    var table =
        new NcciTable(
            List.of(new PtpEdit("97530", "97161", false, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 3, 1), 0, "2020 edit")));
    var engine2020 = new ScoringEngine(CodeCatalog.bundled(), table, MueTable.starter());
    var lines = LineTokens.parse("97161:30 97530:15");
    assertThat(engine2020.score(new VisitInput(LocalDate.of(2020, 2, 1), UnitMethod.PER_CODE, false, null, lines)).findings())
        .extracting(Finding::id).containsExactly("NCCI_PTP_NOT_ALLOWED");
    assertThat(engine2020.score(new VisitInput(DOS, UnitMethod.PER_CODE, false, null, lines)).findings()).isEmpty();
  }

  @Test
  void missingDisciplineModifierSuggestsThePlanOfCaresModifier() {
    assertThat(only("MISSING_DISCIPLINE_MODIFIER", findings(true, "97110:30")).fix()).isEqualTo("Add GP to match the plan of care.");
  }

  @Test
  void twoEvaluationsOfOneDisciplineAreFlagged() {
    only("MULTIPLE_EVALUATIONS", findings(false, "97161:30 97162:40"));
    assertThat(findings(false, "97161:30 97165:40")).extracting(Finding::id).doesNotContain("MULTIPLE_EVALUATIONS");
  }

  @Test
  void unitsSetByHandBeyondTheMinutesAreAnError() {
    var lines = List.of(LineInput.ofMinutes("97110", 20, "GP").withBilledUnits(3));
    var score = engine.score(new VisitInput(DOS, UnitMethod.CMS_TOTAL_TIME, true, Discipline.PT, lines));
    Finding f = only("UNITS_EXCEED_MINUTES", score.findings());
    assertThat(f.message()).isEqualTo("97110: 3 units billed, but 20 min support at most 2.");
  }

  @Test
  void evaluationUnitsAboveTheMueAreAnError() {
    var lines = List.of(LineInput.ofMinutes("97161", 45, "GP").withBilledUnits(2));
    var score = engine.score(new VisitInput(DOS, UnitMethod.CMS_TOTAL_TIME, true, Discipline.PT, lines));
    assertThat(only("MUE_EXCEEDED", score.findings()).message()).isEqualTo("97161: 2 units on one date exceed the MUE of 1.");
  }

  @Test
  void cmsTimedLineCappedByTheTotalIsExplainedAsInfo() {
    Finding f = only("CODE_WITHOUT_UNITS", findings(true, "97110-GP:30 97140-GP:10 97035-GP:8"));
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.lines()).containsExactly(3);
  }

  @Test
  void tieForALeftoverUnitTellsTheCoderTheyMayChoose() {
    Finding f = only("CODER_CHOICE_ALLOWED", findings(true, "97110-GP:10 97140-GP:10"));
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.lines()).containsExactly(1, 2);
  }

  @Test
  void belowBillableMinutesIsAWarningNotAnError() {
    assertThat(only("BELOW_BILLABLE_MINUTES", findings(true, "97110-GP:5")).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void aCodeNotYetEffectiveIsUnknownOnThatDate() {
    var score =
        engine.score(
            new VisitInput(LocalDate.of(2016, 6, 1), UnitMethod.PER_CODE, false, null, LineTokens.parse("97161:30")));
    assertThat(only("UNKNOWN_CODE", score.findings()).message()).isEqualTo("97161 is not valid on 2016-06-01.");
  }

  @Test
  void everyEditHasAStableIdAndIsListedOnce() {
    assertThat(ScoringEngine.EDITS).extracting(Edit::id).doesNotHaveDuplicates().hasSize(26);
  }

  @Test
  void findingsKeepTheEnginesOrderAndEveryLineHoweverTheyArePacked() {
    // 60 lines without GP (lines past 57 cannot share a packed mask) around an NCCI pair and a bypass conflict.
    StringBuilder lines = new StringBuilder("97140:15 97530-59-XU:15");
    for (int i = 0; i < 58; i++) {
      lines.append(" 97110:15");
    }
    var score = engine.score(new VisitInput(DOS, UnitMethod.PER_CODE, true, Discipline.PT, LineTokens.parse(lines.toString())));
    List<Finding> found = score.findings();
    assertThat(found).hasSize(score.findingCount());
    assertThat(found.get(0).id()).isEqualTo("BYPASS_MODIFIER_CONFLICT");
    List<Finding> missing = found.stream().filter(f -> f.id().equals("MISSING_DISCIPLINE_MODIFIER")).toList();
    assertThat(missing).hasSize(60);
    for (int i = 0; i < 60; i++) {
      assertThat(missing.get(i).lines()).containsExactly(i + 1);
    }
    assertThat(found.indexOf(missing.get(0))).isGreaterThan(0);
    assertThat(score.hasErrors()).isTrue();
  }
}
