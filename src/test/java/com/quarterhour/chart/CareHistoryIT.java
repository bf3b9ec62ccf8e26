package com.quarterhour.chart;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.documentation.service.NewVisit;
import com.quarterhour.identity.Credential;
import com.quarterhour.shared.RefusedException;
import com.quarterhour.visit.FieldProblem;
import com.quarterhour.visit.InvalidVisitException;
import com.quarterhour.documentation.service.VisitService;
import com.quarterhour.reference.Patient;
import com.quarterhour.rules.Discipline;
import com.quarterhour.rules.UnitMethod;
import com.quarterhour.rules.VisitHistory;
import com.quarterhour.rules.VisitInput;
import com.quarterhour.testsupport.ServiceDeployment;
import com.quarterhour.testsupport.runas.AsAdmin1;
import com.quarterhour.testsupport.runas.AsTherapist1;
import com.quarterhour.testsupport.runas.TestData;
import com.quarterhour.visit.Visit;
import com.quarterhour.visit.VisitStatus;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The history the services build from the database for the edits across visits, and rescoring when it changes. */
@ExtendWith(ArquillianExtension.class)
class CareHistoryIT {

  @Deployment
  static WebArchive deployment() {
    return ServiceDeployment.war("care-history-it.war").addClasses(CareHistoryIT.class);
  }

  @Inject CareHistory careHistory;
  @Inject PlansOfCare plans;
  @Inject Authorizations authorizations;
  @Inject VisitService visits;
  @Inject TestData data;
  @Inject AsAdmin1 admin;
  @Inject AsTherapist1 therapist1;

  private final LocalDate today = LocalDate.now();

  private Long plan(Patient patient, LocalDate firstTreatment) throws Exception {
    return admin.call(() -> plans.open(new PlansOfCare.NewPlan(patient.getId(), Discipline.PT, firstTreatment, null,
        List.of("m5450"), "2x/week", "Walk without a cane")));
  }

  private Long draft(Patient patient, Long payerId, LocalDate dos, NewVisit.NewLine... lines) throws Exception {
    return therapist1.call(() -> visits.record(new NewVisit(patient.getId(), payerId, dos, Discipline.PT, List.of(lines), false)));
  }

  @Test
  void thePlanOnTheDateAndTheTreatmentDaysSinceTheLastProgressReportComeFromTheDatabase() throws Exception {
    Patient patient = data.newPatientWithoutPlans();
    Long medicare = data.newPayer(UnitMethod.CMS_TOTAL_TIME, true).getId();
    Long planId = plan(patient, today.minusDays(20));
    NewVisit.NewLine exercise = new NewVisit.NewLine("97110", "GP", 30);
    Long first = draft(patient, medicare, today.minusDays(15), exercise);
    draft(patient, medicare, today.minusDays(14), exercise);
    draft(patient, medicare, today.minusDays(14), exercise); // a second visit the same day is not another treatment day
    therapist1.call(() -> plans.reportProgress(planId, today.minusDays(12)));
    draft(patient, medicare, today.minusDays(10), exercise);
    draft(patient, medicare, today.minusDays(8), exercise);
    Long latest = draft(patient, medicare, today.minusDays(5), exercise);

    assertThat(data.visit(first).getPlanOfCareId()).isEqualTo(planId);
    VisitHistory history = therapist1.call(() -> careHistory.historyOf(data.visit(latest)));
    assertThat(history.plan()).isEqualTo(new VisitHistory.PlanOfCare(today.minusDays(20), null, null));
    assertThat(history.treatmentDaysSinceProgressReport()).isEqualTo(2); // days -10 and -8, after the report of day -12
    assertThat(history.progressReportAtThisVisit()).isFalse();
    VisitHistory beforeTheReport = therapist1.call(() -> careHistory.historyOf(data.visit(first)));
    assertThat(beforeTheReport.treatmentDaysSinceProgressReport()).isZero();

    therapist1.call(() -> plans.reportProgress(planId, today.minusDays(5)));
    assertThat(therapist1.call(() -> careHistory.historyOf(data.visit(latest))).progressReportAtThisVisit()).isTrue();
  }

  @Test
  void signingTheCertificationRescoresTheVisitsItCoversAndClearsTheError() throws Exception {
    Patient patient = data.newPatientWithoutPlans();
    Long medicare = data.newPayer(UnitMethod.CMS_TOTAL_TIME, true).getId();
    LocalDate firstTreatment = today.minusDays(45);
    Long planId = plan(patient, firstTreatment);
    // The missing signature is the front desk's to fix: the therapist may sign the session, coding waits.
    Long visitId = therapist1.call(() -> visits.record(new NewVisit(patient.getId(), medicare, today.minusDays(2), Discipline.PT,
        List.of(new NewVisit.NewLine("97110", "GP", 30)), true)));
    Visit unsigned = data.visit(visitId);
    assertThat(unsigned.getStatus()).isEqualTo(VisitStatus.SUBMITTED);
    assertThat(unsigned.getFindingIds()).contains("PLAN_OF_CARE_NOT_CERTIFIED");
    assertThat(unsigned.getErrorCount()).isEqualTo(1);

    int rescored = admin.call(() -> plans.certify(planId, today.minusDays(1), firstTreatment.plusDays(89)));

    assertThat(rescored).isEqualTo(1);
    Visit signed = data.visit(visitId);
    assertThat(signed.getFindingIds()).doesNotContain("PLAN_OF_CARE_NOT_CERTIFIED");
    assertThat(signed.getErrorCount()).isZero();
  }

  @Test
  void aRecertificationCoversTheDaysAfterTheCertificationEndsAndClearsTheError() throws Exception {
    Patient patient = data.newPatientWithoutPlans();
    Long medicare = data.newPayer(UnitMethod.CMS_TOTAL_TIME, true).getId();
    LocalDate firstTreatment = today.minusDays(70);
    Long planId = plan(patient, firstTreatment);
    assertThatThrownBy(() -> admin.call(() -> plans.recertify(planId, today.minusDays(1), today.plusDays(30))))
        .isInstanceOf(RefusedException.class).hasMessageContaining("not signed yet");
    admin.call(() -> plans.certify(planId, firstTreatment.plusDays(3), today.minusDays(10)));
    Long visitId = therapist1.call(() -> visits.record(new NewVisit(patient.getId(), medicare, today.minusDays(2), Discipline.PT,
        List.of(new NewVisit.NewLine("97110", "GP", 30)), true)));
    assertThat(data.visit(visitId).getFindingIds()).contains("PLAN_OF_CARE_NOT_CERTIFIED");

    assertThatThrownBy(() -> admin.call(() -> plans.recertify(planId, today.minusDays(1), today.minusDays(10))))
        .isInstanceOf(RefusedException.class)
        .hasMessage("Certified through: a recertification covers from " + today.minusDays(9)
            + " (the day after the current certification ends); it cannot end before that.");
    int rescored = admin.call(() -> plans.recertify(planId, today.minusDays(1), today.plusDays(60)));

    assertThat(rescored).isEqualTo(1);
    assertThat(data.visit(visitId).getFindingIds()).doesNotContain("PLAN_OF_CARE_NOT_CERTIFIED");
    assertThat(therapist1.call(() -> careHistory.historyOf(data.visit(visitId))).plan())
        .isEqualTo(new VisitHistory.PlanOfCare(today.minusDays(9), today.minusDays(1), today.plusDays(60)));
  }

  @Test
  void aMedicareVisitWithoutAPlanOfCareCannotBeBilledButACommercialOneCan() throws Exception {
    Patient patient = data.newPatientWithoutPlans();
    Long medicare = data.newPayer(UnitMethod.CMS_TOTAL_TIME, true).getId();
    Long commercial = data.newPayer(UnitMethod.PER_CODE, false).getId();
    Visit medicareVisit = data.visit(draft(patient, medicare, today.minusDays(4), new NewVisit.NewLine("97110", "GP", 30)));
    Visit commercialVisit = data.visit(draft(patient, commercial, today.minusDays(4), new NewVisit.NewLine("97110", "", 30)));
    assertThat(medicareVisit.getPlanOfCareId()).isNull();
    assertThat(medicareVisit.getFindingIds()).containsExactly("PLAN_OF_CARE_NOT_CERTIFIED");
    assertThat(commercialVisit.getFindingIds()).isEmpty();
  }

  @Test
  void theTherapistsOneOnOneTimeWithAnotherPatientThatDayBlocksOverlappingTime() throws Exception {
    Long commercial = data.newPayer(UnitMethod.PER_CODE, false).getId();
    LocalDate day = today.minusDays(3);
    LocalTime nine = LocalTime.of(9, 0);
    draft(data.newPatient(), commercial, day,
        new NewVisit.NewLine("97110", "", null, nine, nine.plusMinutes(30)),
        new NewVisit.NewLine("97012", "", null, nine.plusMinutes(30), nine.plusMinutes(45)));
    Long overlapping = draft(data.newPatient(), commercial, day, new NewVisit.NewLine("97140", "", null, nine.plusMinutes(15),
        nine.plusMinutes(40)));
    Long afterTraction = draft(data.newPatient(), commercial, day, new NewVisit.NewLine("97140", "", null, nine.plusMinutes(35),
        nine.plusMinutes(50)));

    VisitHistory history = therapist1.call(() -> careHistory.historyOf(data.visit(overlapping)));
    // Only the other patient's timed line counts; the untimed traction (97012) is supervised, not one-on-one.
    assertThat(history.otherOneOnOne()).contains(VisitInput.clockSpan(9 * 60, 9 * 60 + 30));
    assertThat(data.visit(overlapping).getFindingIds()).containsExactly("THERAPIST_DOUBLE_BOOKED");
    // 09:35–09:50 overlaps only the traction and the other 97140 (09:15–09:40), which is one-on-one time.
    assertThat(data.visit(afterTraction).getFindingIds()).containsExactly("THERAPIST_DOUBLE_BOOKED");
  }

  @Test
  void theYearToDateCountsSignedVisitsBeforeThisOneAndSigningAnEarlierVisitRescoresTheLaterOnes() throws Exception {
    Patient patient = data.newPatient();
    Long medicare = data.newPayer(UnitMethod.CMS_TOTAL_TIME, true).getId();
    // 480 minutes of 97110 are 32 units at Medicare's $29.06: $929.92 a visit.
    NewVisit.NewLine eightHours = new NewVisit.NewLine("97110", "GP", 480);
    Long signed = therapist1.call(() -> visits.record(new NewVisit(patient.getId(), medicare, today.minusDays(10), Discipline.PT,
        List.of(eightHours), true)));
    draft(patient, medicare, today.minusDays(9), eightHours); // a draft does not count
    Long toSign = draft(patient, medicare, today.minusDays(8), eightHours);
    Long latest = draft(patient, medicare, today.minusDays(7), eightHours);

    assertThat(data.visit(signed).getAllowedCents()).isEqualTo(92_992);
    assertThat(therapist1.call(() -> careHistory.historyOf(data.visit(latest))).yearToDateCents()).isEqualTo(92_992);
    assertThat(data.visit(latest).getFindingIds()).doesNotContain("KX_THRESHOLD_REACHED"); // $1,859.84 with it

    // Signing the visit of day -8 puts the later one over $2,480: it is scored again and needs KX.
    long version = data.visit(toSign).getVersion();
    therapist1.call(() -> {
      visits.update(toSign, version, new NewVisit(patient.getId(), medicare, today.minusDays(8), Discipline.PT, List.of(eightHours), true));
      return null;
    });
    assertThat(therapist1.call(() -> careHistory.historyOf(data.visit(latest))).yearToDateCents()).isEqualTo(2 * 92_992);
    assertThat(data.visit(latest).getFindingIds()).contains("KX_THRESHOLD_REACHED");
  }

  @Test
  void eachSignedVisitOfThePayerAndDisciplineUsesOneAuthorizedVisitAndRecordingOneRescoresTheVisits() throws Exception {
    Patient patient = data.newPatient();
    Long commercial = data.newPayer(UnitMethod.PER_CODE, false).getId();
    NewVisit.NewLine exercise = new NewVisit.NewLine("97110", "", 30);
    Long first = signed(patient, commercial, today.minusDays(6), exercise);
    draft(patient, commercial, today.minusDays(5), exercise); // a draft uses none
    Long second = signed(patient, commercial, today.minusDays(4), exercise);
    assertThat(data.visit(second).getFindingIds()).isEmpty(); // no authorization on file: none required

    admin.call(() -> authorizations.add(new Authorizations.NewAuthorization(patient.getId(), commercial, Discipline.PT, "A-77", 1,
        today.minusDays(20), today.plusDays(10))));

    assertThat(data.visit(first).getFindingIds()).isEmpty();
    assertThat(data.visit(second).getFindingIds()).containsExactly("AUTHORIZATION_EXCEEDED");
    VisitHistory.Authorization used = therapist1.call(() -> careHistory.historyOf(data.visit(second))).authorization();
    assertThat(used.number()).isEqualTo("A-77");
    assertThat(used.used()).isEqualTo(1);
    assertThat(admin.call(() -> authorizations.of(patient.getId()))).singleElement()
        .satisfies(row -> assertThat(row.used()).isEqualTo(2))
        .satisfies(row -> assertThat(row.getLeft()).isZero());
    // The front desk's paperwork does not keep the therapist from signing; it holds the visit in coding.
    Long third = signed(patient, commercial, today.minusDays(3), exercise);
    assertThat(data.visit(third).getStatus()).isEqualTo(VisitStatus.SUBMITTED);
    assertThat(data.visit(third).getFindingIds()).containsExactly("AUTHORIZATION_EXCEEDED");
  }

  @Test
  void aBadAuthorizationIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
    Patient patient = data.newPatient();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> admin.call(() -> authorizations.add(new Authorizations.NewAuthorization(
            patient.getId(), null, null, " ", 0, today, today.minusDays(1)))))
        .isInstanceOf(com.quarterhour.shared.RefusedException.class)
        .hasMessage("Payer: choose the payer that authorized the visits. Discipline: choose PT, OT or SLP. "
            + "Authorization number: required. Visits authorized: a whole number from 1 to 365. "
            + "Valid through: the last day cannot come before the first (" + today + ").");
    assertThat(admin.call(() -> authorizations.of(patient.getId()))).isEmpty();
  }

  private Long signed(Patient patient, Long payerId, LocalDate dos, NewVisit.NewLine... lines) throws Exception {
    return therapist1.call(() -> visits.record(new NewVisit(patient.getId(), payerId, dos, Discipline.PT, List.of(lines), true)));
  }

  @Test
  void aPtasSplitNeedsCqUntilTheTherapistAddsItAndOnlyAnAssistantOfTheDisciplineMayBeNamed() throws Exception {
    Patient patient = data.newPatient();
    Long medicare = data.newPayer(UnitMethod.CMS_TOTAL_TIME, true).getId();
    Long pta = data.newProvider("Jordan Reyes, PTA", Credential.PTA).getId();
    Long cota = data.newProvider("Kim Cho, COTA", Credential.COTA).getId();
    LocalDate dos = today.minusDays(1);
    List<NewVisit.NewLine> split = List.of(new NewVisit.NewLine("97110", "GP", 38, null, null, 30, 8),
        new NewVisit.NewLine("97140", "GP", 15));

    assertThatThrownBy(() -> therapist1.call(() -> visits.record(new NewVisit(patient.getId(), medicare, dos, Discipline.PT, split, false, cota))))
        .isInstanceOf(InvalidVisitException.class)
        .satisfies(e -> assertThat(((InvalidVisitException) e).getProblems()).extracting(FieldProblem::message)
            .containsExactly("Assistant: Kim Cho, COTA is not a PT assistant (PTA for PT, COTA for OT)."));

    Long id = therapist1.call(() -> visits.record(new NewVisit(patient.getId(), medicare, dos, Discipline.PT, split, false, pta)));
    Visit stored = data.visit(id);
    assertThat(stored.getFindingIds()).contains("ASSISTANT_MODIFIER_REQUIRED");
    assertThat(stored.assistantText()).startsWith("Jordan Reyes, PTA, supervised by ");
    assertThat(stored.getLines()).extracting(l -> l.getTherapistMinutes() + "/" + l.getAssistantMinutes() + "/" + l.getTogetherMinutes())
        .containsExactly("0/30/8", "15/0/0");
    // The error holds the signature until the line carries CQ.
    assertThatThrownBy(() -> therapist1.call(() -> {
      visits.update(id, data.visit(id).getVersion(), new NewVisit(patient.getId(), medicare, dos, Discipline.PT, split, true, pta));
      return null;
    })).isInstanceOf(InvalidVisitException.class)
        .satisfies(e -> assertThat(((InvalidVisitException) e).getProblems()).extracting(FieldProblem::message)
            .anyMatch(m -> m.contains("ASSISTANT_MODIFIER_REQUIRED") || m.contains("needs CQ")));

    List<NewVisit.NewLine> withCq = List.of(new NewVisit.NewLine("97110", "GP CQ", 38, null, null, 30, 8),
        new NewVisit.NewLine("97140", "GP", 15));
    therapist1.call(() -> {
      visits.update(id, data.visit(id).getVersion(), new NewVisit(patient.getId(), medicare, dos, Discipline.PT, withCq, true, pta));
      return null;
    });
    Visit signed = data.visit(id);
    assertThat(signed.getFindingIds()).doesNotContain("ASSISTANT_MODIFIER_REQUIRED");
    assertThat(signed.getStatus()).isEqualTo(VisitStatus.SUBMITTED);
  }

  @Test
  void theTherapistMayChooseThePlanOfCareOtherwiseTheOneOpenOnTheDateIsTaken() throws Exception {
    Patient patient = data.newPatient(); // certified PT, OT and SLP plans from 80 days ago
    Long medicare = data.newPayer(UnitMethod.CMS_TOTAL_TIME, true).getId();
    Long certified = data.plansOf(patient.getId()).stream().filter(p -> p.getDiscipline() == Discipline.PT).findFirst().orElseThrow().getId();
    Long ot = data.plansOf(patient.getId()).stream().filter(p -> p.getDiscipline() == Discipline.OT).findFirst().orElseThrow().getId();
    Long fresh = plan(patient, today.minusDays(10)); // a newer PT episode, unsigned
    List<NewVisit.NewLine> exercise = List.of(new NewVisit.NewLine("97110", "GP", 30));
    LocalDate dos = today.minusDays(1);

    Long byDefault = draft(patient, medicare, dos, exercise.get(0));
    assertThat(data.visit(byDefault).getPlanOfCareId()).isEqualTo(fresh);

    Long chosen = therapist1.call(() -> visits.record(new NewVisit(patient.getId(), medicare, dos, Discipline.PT, exercise, false, null,
        certified)));
    assertThat(data.visit(chosen).getPlanOfCareId()).isEqualTo(certified);
    assertThat(therapist1.call(() -> careHistory.historyOf(data.visit(chosen))).plan().signedOn()).isNotNull();

    assertThatThrownBy(() -> therapist1.call(() -> visits.record(new NewVisit(patient.getId(), medicare, dos, Discipline.PT, exercise, false,
        null, ot))))
        .isInstanceOf(InvalidVisitException.class)
        .satisfies(e -> assertThat(((InvalidVisitException) e).getProblems()).extracting(FieldProblem::message)
            .containsExactly("Plan of care: the plan chosen is for OT and the session is PT; choose one of the patient's PT plans."));
    Patient other = data.newPatient();
    assertThatThrownBy(() -> therapist1.call(() -> visits.record(new NewVisit(other.getId(), medicare, dos, Discipline.PT, exercise, false,
        null, certified))))
        .isInstanceOf(InvalidVisitException.class)
        .satisfies(e -> assertThat(((InvalidVisitException) e).getProblems()).extracting(FieldProblem::field).containsExactly("plan"));
  }
}
