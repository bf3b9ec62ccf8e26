package com.quarterhour.review.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.visit.VisitAction;
import com.quarterhour.audit.VisitEvent;
import com.quarterhour.review.service.CodingWorksheet.LineChange;
import com.quarterhour.rules.UnitMethod;
import com.quarterhour.testsupport.Race;
import com.quarterhour.testsupport.ServiceDeployment;
import com.quarterhour.testsupport.runas.AsCoder1;
import com.quarterhour.testsupport.runas.AsCoder2;
import com.quarterhour.testsupport.runas.AsSupervisor1;
import com.quarterhour.testsupport.runas.AsTherapist1;
import com.quarterhour.testsupport.runas.AsTherapist2;
import com.quarterhour.testsupport.runas.TestData;
import com.quarterhour.visit.VisitStatus;
import com.quarterhour.visit.FieldProblem;
import com.quarterhour.visit.InvalidVisitException;
import com.quarterhour.documentation.service.NewVisit;
import com.quarterhour.documentation.service.VisitService;
import com.quarterhour.visit.WorkflowException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The coder's worksheet: changes with reasons, acknowledged warnings, lost-update protection, history. */
@ExtendWith(ArquillianExtension.class)
class CodingWorksheetIT {

  @Deployment
  static WebArchive deployment() {
    return ServiceDeployment.war("coding-worksheet-it.war").addClass(CodingWorksheetIT.class);
  }

  @Inject CodingWorksheet worksheet;
  @Inject VisitWorkflow workflow;
  @Inject VisitService visits;
  @Inject VisitReader reader;
  @Inject com.quarterhour.audit.AuditTrail audit;
  @Inject TestData data;
  @Inject AsTherapist1 therapist1;
  @Inject AsTherapist2 therapist2;
  @Inject AsCoder1 coder1;
  @Inject AsCoder2 coder2;
  @Inject AsSupervisor1 supervisor1;
  @Inject com.quarterhour.approval.service.ApprovalQueue approvals;

  /** 97110 GP 33 min + 97140 GP {@code secondMinutes}, submitted by therapist1 and claimed by coder1. */
  private Long claimed(UnitMethod method, int secondMinutes) throws Exception {
    NewVisit visit = new NewVisit(data.newPatient().getId(), data.newPayer(method, method == UnitMethod.CMS_TOTAL_TIME).getId(),
        LocalDate.now(), List.of(new NewVisit.NewLine("97110", "GP", 33), new NewVisit.NewLine("97140", "GP", secondMinutes)), true);
    Long id = therapist1.call(() -> visits.record(visit));
    coder1.call(() -> { workflow.claim(id); return null; });
    return id;
  }

  /** The visit's whole history as the coder reads it (a page far larger than these visits' histories). */
  private List<VisitEvent> history(Long id) throws Exception {
    return coder1.call(() -> audit.historyPage(id, 0, 100));
  }

  private VisitDetail detail(Long id) throws Exception {
    return coder1.call(() -> reader.detail(id).orElseThrow());
  }

  private int recode(Long id, long version, LineChange... changes) throws Exception {
    return coder1.call(() -> worksheet.recode(id, version, List.of(changes)));
  }

  private static LineChange unchanged(int lineNo, String code) {
    return new LineChange(lineNo, code, "GP", null, null);
  }

  @Test
  void aChangeWithItsReasonIsBilledAndRecordedInTheHistory() throws Exception {
    Long id = claimed(UnitMethod.CMS_TOTAL_TIME, 7);

    int changed = recode(id, detail(id).version(), unchanged(1, "97110"),
        new LineChange(2, "97140", "GP 59", null, "Manual therapy in a separate 15-minute block"));

    assertThat(changed).isEqualTo(1);
    VisitDetail after = detail(id);
    assertThat(after.lines().get(1).billedModifiers()).isEqualTo("GP 59");
    assertThat(after.lines().get(1).documentedModifiers()).isEqualTo("GP");
    assertThat(after.lines().get(1).recoded()).isTrue();
    assertThat(after.lines().get(0).recoded()).isFalse();
    assertThat(after.totalUnits()).isEqualTo(3);
    assertThat(history(id)).extracting(VisitEvent::getAction)
        .containsExactly(VisitAction.CREATED, VisitAction.SUBMITTED, VisitAction.CLAIMED, VisitAction.RECODED);
    VisitEvent recoded = history(id).get(3);
    assertThat(recoded.getActor()).isEqualTo("coder1");
    assertThat(recoded.getActorName()).isEqualTo("Riley Chen, CPC");
    assertThat(recoded.getSubject()).isEqualTo("Line 2 Modifiers");
    assertThat(recoded.getOldValue()).isEqualTo("GP");
    assertThat(recoded.getNewValue()).isEqualTo("GP 59");
    assertThat(recoded.getReason()).isEqualTo("Manual therapy in a separate 15-minute block");
    assertThat(history(id).get(0).getActor()).isEqualTo("therapist1");
    assertThat(history(id).get(0).getNewValue()).isEqualTo("97110 GP 33 min, 97140 GP 7 min");
  }

  @Test
  void everyBadFieldIsNamedAndNothingIsSaved() throws Exception {
    Long id = claimed(UnitMethod.CMS_TOTAL_TIME, 7);
    long version = detail(id).version();

    assertThatThrownBy(() -> recode(id, version,
            new LineChange(1, "99999", "GP", null, "typo"),
            new LineChange(2, "97140", "GP 59", null, " "),
            new LineChange(3, "97110", "GP", 200, "x")))
        .isInstanceOf(InvalidVisitException.class)
        .satisfies(e -> assertThat(((InvalidVisitException) e).getProblems()).extracting(FieldProblem::field)
            .containsExactly("lines[0].code", "lines[1].reason", "lines"));
    assertThatThrownBy(() -> recode(id, version, new LineChange(1, "97110", "GP", 200, "more")))
        .isInstanceOf(InvalidVisitException.class)
        .satisfies(e -> assertThat(((InvalidVisitException) e).getProblems().get(0).message())
            .isEqualTo("Line 1 units: a whole number from 0 to 96, or empty to bill what the minutes give."));

    VisitDetail after = detail(id);
    assertThat(after.version()).isEqualTo(version);
    assertThat(after.lines()).noneMatch(VisitDetail.Line::recoded);
    assertThat(history(id)).extracting(VisitEvent::getAction).doesNotContain(VisitAction.RECODED);
  }

  @Test
  void unitsBeyondTheMinutesRaiseAnErrorThatBlocksCoding() throws Exception {
    Long id = claimed(UnitMethod.CMS_TOTAL_TIME, 7);

    recode(id, detail(id).version(), new LineChange(1, "97110", "GP", 4, "Therapist says 60 minutes"), unchanged(2, "97140"));
    VisitDetail over = detail(id);
    assertThat(over.findings()).extracting(r -> r.finding().id()).contains("UNITS_EXCEED_MINUTES");
    assertThat(over.lines().get(0).billedUnits()).isEqualTo(4);
    assertThatThrownBy(() -> coder1.call(() -> { workflow.markCoded(id); return null; }))
        .isInstanceOf(WorkflowException.class).hasMessageContaining("coding error(s) remain");
    assertThat(data.visit(id).getStatus()).isEqualTo(VisitStatus.IN_REVIEW);

    recode(id, over.version(), new LineChange(1, "97110", "GP", null, "Back to the documented minutes"), unchanged(2, "97140"));
    coder1.call(() -> { workflow.markCoded(id); return null; });
    assertThat(data.visit(id).getStatus()).isEqualTo(VisitStatus.CODED);
  }

  @Test
  void everyWarningNeedsAnAcknowledgementWithAReasonBeforeCoding() throws Exception {
    // Per code, 97140 for 5 minutes bills nothing: BELOW_BILLABLE_MINUTES, a warning.
    Long id = claimed(UnitMethod.PER_CODE, 5);
    VisitDetail open = detail(id);
    VisitDetail.FindingRow warning = open.findings().stream().filter(VisitDetail.FindingRow::isWarning).findFirst().orElseThrow();
    assertThat(warning.finding().id()).isEqualTo("BELOW_BILLABLE_MINUTES");
    assertThat(open.openWarnings()).isEqualTo(1);

    assertThatThrownBy(() -> coder1.call(() -> { workflow.markCoded(id); return null; }))
        .isInstanceOf(WorkflowException.class).hasMessageContaining("1 warning(s) are not acknowledged");
    assertThatThrownBy(() -> coder1.call(() -> { worksheet.acknowledge(id, open.version(), warning.key(), ""); return null; }))
        .isInstanceOf(WorkflowException.class).hasMessageContaining("a reason is required");

    coder1.call(() -> { worksheet.acknowledge(id, open.version(), warning.key(), "Documented 5 min; nothing billed on purpose"); return null; });
    VisitDetail acknowledged = detail(id);
    assertThat(acknowledged.openWarnings()).isZero();
    assertThat(acknowledged.findings()).filteredOn(VisitDetail.FindingRow::isWarning)
        .extracting(VisitDetail.FindingRow::ackBy).containsExactly("Riley Chen, CPC");
    coder1.call(() -> { workflow.markCoded(id); return null; });
    assertThat(data.visit(id).getStatus()).isEqualTo(VisitStatus.CODED);
  }

  @Test
  void aSaveFromAnOutOfDatePageIsRefusedNamingWhoChangedItAndNothingIsOverwritten() throws Exception {
    Long id = claimed(UnitMethod.CMS_TOTAL_TIME, 7);
    long seenByBoth = detail(id).version();

    recode(id, seenByBoth, unchanged(1, "97110"), new LineChange(2, "97140", "GP 59", null, "Separate block"));
    assertThatThrownBy(() -> recode(id, seenByBoth, new LineChange(1, "97530", "GP", null, "Functional activities"), unchanged(2, "97140")))
        .isInstanceOf(WorkflowException.class)
        .hasMessageMatching("Visit \\d+ was changed by Riley Chen, CPC on \\w{3} \\d+ at \\d\\d:\\d\\d:\\d\\d — reload it to see that change; nothing of yours was saved\\.");

    VisitDetail after = detail(id);
    assertThat(after.lines().get(0).billedCode()).isEqualTo("97110");
    assertThat(after.lines().get(1).billedModifiers()).isEqualTo("GP 59");
  }

  @Test
  void twoSavesOfOnePageReleasedTogetherKeepExactlyOneAndRefuseTheOther() throws Exception {
    Long id = claimed(UnitMethod.CMS_TOTAL_TIME, 7);
    long seenByBoth = detail(id).version();

    // The same worksheet open in two tabs: both saves start from one version at the same moment.
    List<Race.Outcome<Integer>> outcomes = Race.run(List.of(
        () -> recode(id, seenByBoth, unchanged(1, "97110"), new LineChange(2, "97140", "GP 59", null, "Separate block")),
        () -> recode(id, seenByBoth, new LineChange(1, "97530", "GP", null, "Functional activities"), unchanged(2, "97140"))));

    assertThat(outcomes).filteredOn(Race.Outcome::won).hasSize(1);
    assertThat(outcomes).filteredOn(o -> !o.won()).singleElement()
        .satisfies(o -> assertThat(o.refusal()).isInstanceOf(WorkflowException.class).hasMessageContaining("was changed by Riley Chen, CPC"));
    VisitDetail after = detail(id);
    boolean firstWon = outcomes.get(0).won();
    // Exactly the winner's change is stored, and exactly its history line.
    assertThat(after.lines().get(0).billedCode()).isEqualTo(firstWon ? "97110" : "97530");
    assertThat(after.lines().get(1).billedModifiers()).isEqualTo(firstWon ? "GP 59" : "GP");
    assertThat(history(id)).filteredOn(e -> e.getAction() == VisitAction.RECODED).hasSize(1);
  }

  @Test
  void onlyTheHolderChangesTheWorksheetAndTherapistsSeeOnlyTheirOwnVisits() throws Exception {
    Long id = claimed(UnitMethod.CMS_TOTAL_TIME, 7);
    long version = detail(id).version();

    assertThatThrownBy(() -> coder2.call(() -> worksheet.recode(id, version, List.of(new LineChange(2, "97140", "GP 59", null, "x")))))
        .isInstanceOf(WorkflowException.class).hasMessageContaining("held by Riley Chen, CPC; only the coder holding it can change it");
    assertThat(therapist2.call(() -> reader.detail(id))).isEmpty();
    assertThat(therapist1.call(() -> reader.detail(id))).isPresent();
    assertThat(supervisor1.call(() -> reader.detail(id))).isPresent();
    // The history checks for itself: another therapist reads no line of it, nor its size.
    assertThat(therapist2.call(() -> audit.historyPage(id, 0, 25))).isEmpty();
    assertThat(therapist2.call(() -> audit.historyCount(id))).isZero();
    assertThat(therapist1.call(() -> audit.historyCount(id))).isEqualTo(history(id).size()).isGreaterThan(1);
  }

  @Test
  void theHistoryIsReadAPageAtATimeOldestFirst() throws Exception {
    Long id = claimed(UnitMethod.CMS_TOTAL_TIME, 7);
    for (int i = 0; i < 3; i++) {
      recode(id, detail(id).version(), new LineChange(2, "97140", i % 2 == 0 ? "GP 59" : "GP", null, "pass " + i));
    }
    List<VisitEvent> all = history(id);
    long count = coder1.call(() -> audit.historyCount(id));
    assertThat(count).isEqualTo(all.size()).isGreaterThanOrEqualTo(5);

    List<VisitEvent> first = coder1.call(() -> audit.historyPage(id, 0, 2));
    List<VisitEvent> rest = coder1.call(() -> audit.historyPage(id, 2, 100));
    assertThat(first).extracting(VisitEvent::getId).containsExactly(all.get(0).getId(), all.get(1).getId());
    assertThat(rest).extracting(VisitEvent::getId).containsExactlyElementsOf(all.subList(2, all.size()).stream().map(VisitEvent::getId).toList());
    assertThat(all).extracting(VisitEvent::getId).isSorted();
  }

  @Test
  void theDatabaseRefusesToRewriteHistory() throws Exception {
    Long id = claimed(UnitMethod.CMS_TOTAL_TIME, 7);

    assertThatThrownBy(() -> data.rewriteHistory(id)).hasStackTraceContaining("cannot be changed or deleted");
    assertThat(history(id)).extracting(VisitEvent::getReason).doesNotContain("rewritten");
  }

  @Test
  void bulkApprovalSignsOnlyTheChosenVisitsWithoutWarnings() throws Exception {
    Long clean = claimed(UnitMethod.CMS_TOTAL_TIME, 7);
    Long warned = claimed(UnitMethod.PER_CODE, 5);
    VisitDetail w = detail(warned);
    coder1.call(() -> {
      workflow.markCoded(clean);
      worksheet.acknowledge(warned, w.version(), w.findings().get(0).key(), "Nothing billed for 5 minutes, on purpose");
      workflow.markCoded(warned);
      return null;
    });

    var outcome = supervisor1.call(() -> approvals.approveAll(List.of(clean, warned, Long.MAX_VALUE)));

    assertThat(outcome.approved()).containsExactly(clean);
    assertThat(outcome.refused()).containsExactly(
        "Visit " + warned + ": 1 warning(s) need reading; open it and approve it on its own.",
        "Visit " + Long.MAX_VALUE + " does not exist.");
    assertThat(data.visit(clean).getStatus()).isEqualTo(VisitStatus.READY_TO_BILL);
    assertThat(data.visit(warned).getStatus()).isEqualTo(VisitStatus.CODED);
    assertThat(history(clean)).last().satisfies(e -> {
      assertThat(e.getAction()).isEqualTo(VisitAction.APPROVED);
      assertThat(e.getActorName()).isEqualTo("Morgan Diaz, DPT");
      assertThat(e.getReason()).isEqualTo("bulk approval: no warnings");
    });
  }

  @Test
  void aReturnedVisitIsEditedByItsTherapistAndResubmittedKeepingTheCodersUntouchedLines() throws Exception {
    Long id = claimed(UnitMethod.CMS_TOTAL_TIME, 7);
    recode(id, detail(id).version(), unchanged(1, "97110"), new LineChange(2, "97140", "GP 59", null, "Separate block"));
    coder1.call(() -> { workflow.returnToTherapist(id, "Was 97110 really 33 minutes?"); return null; });

    var form = therapist1.call(() -> visits.forEditing(id));
    assertThat(form.returnQuestion()).isEqualTo("Was 97110 really 33 minutes?");
    assertThat(form.lines()).extracting(NewVisit.NewLine::minutes).containsExactly(33, 7);
    NewVisit corrected = new NewVisit(form.patientId(), form.payerId(), form.dateOfService(), List.of(
        new NewVisit.NewLine("97110", "GP", 38), new NewVisit.NewLine("97140", "GP", 7), new NewVisit.NewLine("97112", "GP", 10)), true);

    assertThatThrownBy(() -> therapist2.call(() -> { visits.update(id, form.version(), corrected); return null; }))
        .isInstanceOf(WorkflowException.class).hasMessageContaining("is not one of your visits");
    assertThatThrownBy(() -> therapist1.call(() -> { visits.update(id, form.version() - 1, corrected); return null; }))
        .isInstanceOf(WorkflowException.class).hasMessageContaining("was changed by Riley Chen, CPC");
    therapist1.call(() -> { visits.update(id, form.version(), corrected); return null; });

    VisitDetail after = detail(id);
    assertThat(after.status()).isEqualTo(VisitStatus.SUBMITTED);
    assertThat(after.lines()).extracting(VisitDetail.Line::billedCode).containsExactly("97110", "97140", "97112");
    assertThat(after.lines().get(1).billedModifiers()).isEqualTo("GP 59");
    assertThat(after.totalMinutes()).isEqualTo(55);
    assertThat(after.totalUnits()).isEqualTo(4);
    assertThat(history(id)).extracting(VisitEvent::getAction).endsWith(VisitAction.RETURNED, VisitAction.EDITED, VisitAction.RESUBMITTED);
    VisitEvent edited = history(id).get(history(id).size() - 2);
    assertThat(edited.getActorName()).isEqualTo("Dana Ortiz, PT");
    assertThat(edited.getOldValue()).endsWith("97110 GP 33 min, 97140 GP 7 min");
    assertThat(edited.getNewValue()).endsWith("97110 GP 38 min, 97140 GP 7 min, 97112 GP 10 min");

    assertThatThrownBy(() -> therapist1.call(() -> visits.forEditing(id)))
        .isInstanceOf(WorkflowException.class).hasMessageContaining("is Submitted; only a draft or a returned visit can be changed");
  }
}
