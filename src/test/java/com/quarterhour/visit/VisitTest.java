package com.quarterhour.visit;

import com.quarterhour.identity.Clinician;
import com.quarterhour.reference.Patient;
import com.quarterhour.reference.Payer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.rules.Discipline;
import com.quarterhour.rules.ScoringEngine;
import com.quarterhour.rules.UnitMethod;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The aggregate keeps its stored figures and its history steps itself, without a container. */
class VisitTest {

  private static final ScoringEngine ENGINE = ScoringEngine.bundled();
  private static final LocalDate DOS = LocalDate.of(2026, 6, 1);

  private final Patient patient = new Patient("T-1", "Ada", "Whitfield", LocalDate.of(1948, 3, 14));
  private final Clinician therapist = new Clinician("therapist1", "Dana Ortiz, PT", Discipline.PT);
  private final Payer medicare = new Payer("Medicare Part B", UnitMethod.CMS_TOTAL_TIME, true);

  private Visit documented(String code1, int min1, String code2, int min2) {
    Visit visit = new Visit(patient, therapist, medicare, DOS);
    visit.rewrite(patient, medicare, DOS, null, List.of(
        new Visit.DocumentedLine(code1, List.of("GP"), min1, null, null),
        new Visit.DocumentedLine(code2, List.of("GP"), min2, null, null)));
    return visit;
  }

  @Test
  void rescoreStoresUnitsMinutesAndFindingsOfTheCmsExample() {
    Visit visit = documented("97110", 33, "97140", 7);
    visit.rescore(ENGINE);
    assertThat(visit.getLines()).extracting(ServiceLine::getUnits).containsExactly(2, 1);
    assertThat(visit.getTotalUnits()).isEqualTo(3);
    assertThat(visit.getTotalMinutes()).isEqualTo(40);
    assertThat(visit.getErrorCount()).isZero();
  }

  @Test
  void rescoreCountsAnNcciErrorAndForgetsItOnceTheLineIsFixed() {
    Visit visit = documented("97161", 30, "97162", 30);
    visit.rescore(ENGINE);
    assertThat(visit.getErrorCount()).isPositive();
    assertThat(visit.getFindingIds()).isNotEmpty();
    visit.rewrite(patient, medicare, DOS, null, List.of(new Visit.DocumentedLine("97110", List.of("GP"), 30, null, null)));
    visit.rescore(ENGINE);
    assertThat(visit.getErrorCount()).isZero();
    assertThat(visit.getTotalUnits()).isEqualTo(2);
  }

  @Test
  void documentingAndSigningRecordCreatedThenSubmitted() {
    Visit visit = documented("97110", 33, "97140", 7);
    visit.rescore(ENGINE);
    visit.submit();
    List<VisitChanged> steps = visit.takeChanges();
    assertThat(steps).extracting(VisitChanged::action).containsExactly(VisitAction.CREATED, VisitAction.SUBMITTED);
    assertThat(steps.get(0).newValue()).isEqualTo("97110 GP 33 min, 97140 GP 7 min");
    assertThat(visit.takeChanges()).isEmpty();
  }

  @Test
  void signingIsRefusedWhileCodingErrorsRemain() {
    Visit visit = documented("97161", 30, "97162", 30);
    visit.rescore(ENGINE);
    assertThatThrownBy(visit::submit).isInstanceOf(VisitRefusedException.class).hasMessageContaining("coding error(s)");
    assertThat(visit.getStatus()).isEqualTo(VisitStatus.DRAFT);
  }

  @Test
  void approvingADraftIsRefusedInTheUsersWords() {
    Visit visit = documented("97110", 33, "97140", 7);
    assertThatThrownBy(() -> visit.approve(new Clinician("supervisor1", "Morgan Diaz, DPT", null)))
        .isInstanceOf(VisitRefusedException.class)
        .hasMessage("the visit is Draft; this needs it Coded");
  }

  @Test
  void onlyABilledVisitIsReopenedToCorrectOrVoidItsClaim() {
    Visit visit = documented("97110", 33, "97140", 7);
    Clinician coder = new Clinician("coder1", "Riley Chen, CPC", null);
    assertThatThrownBy(() -> visit.reopenForCorrection(coder, "wrong code"))
        .isInstanceOf(VisitRefusedException.class)
        .hasMessage("the visit is Draft; this needs it Billed or Paid or Partially paid or Denied");
    assertThatThrownBy(() -> visit.requestVoid(coder, "wrong payer")).isInstanceOf(VisitRefusedException.class);
    assertThat(visit.getResubmission()).isNull();
    assertThat(visit.getStatus()).isEqualTo(VisitStatus.DRAFT);
  }

  @Test
  void everyDisciplineHasItsOwnModifier() {
    assertThat(Discipline.PT.modifier()).isEqualTo("GP");
    assertThat(Discipline.OT.modifier()).isEqualTo("GO");
    assertThat(Discipline.SLP.modifier()).isEqualTo("GN");
  }

  @Test
  void aSplitSessionTellsTheEngineWhoFurnishedTheMinutesAndNeedsCqOnTheAssistantsUnits() {
    Clinician pta = new Clinician("pta1", "Jordan Reyes, PTA", Discipline.PT);
    Visit visit = new Visit(patient, therapist, medicare, DOS);
    visit.assistedBy(pta, therapist);
    visit.rewrite(patient, medicare, DOS, null, List.of(
        new Visit.DocumentedLine("97110", List.of("GP"), 38, null, null, 30, 8),
        new Visit.DocumentedLine("97140", List.of("GP"), 15, null, null)));
    assertThat(visit.assistantText()).isEqualTo("Jordan Reyes, PTA, supervised by Dana Ortiz, PT");
    var minutes = visit.assistantMinutes();
    assertThat(new int[] {minutes.therapistAlone(0), minutes.assistantAlone(0), minutes.together(0)}).containsExactly(0, 30, 8);
    assertThat(new int[] {minutes.therapistAlone(1), minutes.assistantAlone(1), minutes.together(1)}).containsExactly(15, 0, 0);

    var history = com.quarterhour.rules.VisitHistory.nothingOnFile().withAssistants(minutes);
    assertThat(visit.rescore(ENGINE, history).findings()).extracting(com.quarterhour.rules.Finding::id)
        .contains("ASSISTANT_MODIFIER_REQUIRED");

    visit.assistedBy(null, null);
    assertThat(visit.assistantMinutes()).isNull();
    assertThat(visit.assistantText()).isNull();
  }
}
