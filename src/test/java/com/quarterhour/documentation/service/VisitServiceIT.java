package com.quarterhour.documentation.service;

import com.quarterhour.queries.VisitSummary;
import com.quarterhour.reference.PatientChoice;
import com.quarterhour.visit.FieldProblem;
import com.quarterhour.visit.InvalidVisitException;
import com.quarterhour.visit.ScoreReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.approval.service.ApprovalQueue;
import com.quarterhour.queries.VisitFilter;
import com.quarterhour.queries.VisitQueries;
import com.quarterhour.reference.ReferenceData;
import com.quarterhour.rules.UnitMethod;
import com.quarterhour.testsupport.ServiceDeployment;
import com.quarterhour.testsupport.runas.AsCoder1;
import com.quarterhour.testsupport.runas.AsSupervisor1;
import com.quarterhour.testsupport.runas.AsTherapist1;
import com.quarterhour.testsupport.runas.AsTherapist2;
import com.quarterhour.testsupport.runas.Caller;
import com.quarterhour.testsupport.runas.TestData;
import com.quarterhour.reference.Patient;
import com.quarterhour.reference.Payer;
import com.quarterhour.visit.ServiceLine;
import com.quarterhour.visit.Visit;
import com.quarterhour.visit.VisitStatus;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The visit services on the provisioned WildFly against PostgreSQL: persistence, units, role
 * checks and optimistic locking. The portal's own deployment has already migrated the schema.
 */
@ExtendWith(ArquillianExtension.class)
class VisitServiceIT {

  @Deployment
  static WebArchive deployment() {
    return ServiceDeployment.war("visit-service-it.war");
  }

  @Inject VisitService visits;
  @Inject VisitQueries queries;
  @Inject ReferenceData reference;
  @Inject ApprovalQueue approvalQueue;
  @Inject VisitScoring scoring;
  @Inject TestData data;
  @Inject AsTherapist1 therapist1;
  @Inject AsTherapist2 therapist2;
  @Inject AsCoder1 coder1;
  @Inject AsSupervisor1 supervisor1;

  private NewVisit exerciseAndManualTherapy(Patient patient, Payer payer, boolean submit) {
    return new NewVisit(
        patient.getId(),
        payer.getId(),
        LocalDate.now().minusDays(1),
        List.of(new NewVisit.NewLine("97110", "GP", 33), new NewVisit.NewLine("97140", "GP", 7)),
        submit);
  }

  private Long submitAsTherapist1(UnitMethod method) throws Exception {
    Patient patient = data.newPatient();
    Payer payer = data.newPayer(method, method == UnitMethod.CMS_TOTAL_TIME);
    return therapist1.call(() -> visits.record(exerciseAndManualTherapy(patient, payer, true)));
  }

  @Test
  void therapistSubmitsAVisitThatIsStoredWithCmsUnits() throws Exception {
    Long id = submitAsTherapist1(UnitMethod.CMS_TOTAL_TIME);

    Visit stored = data.visit(id);
    assertThat(stored.getStatus()).isEqualTo(VisitStatus.SUBMITTED);
    assertThat(stored.getClinician().getUsername()).isEqualTo("therapist1");
    assertThat(stored.getLines()).extracting(ServiceLine::getCptCode).containsExactly("97110", "97140");
    assertThat(stored.getLines()).extracting(ServiceLine::getUnits).containsExactly(2, 1);
    assertThat(stored.getVersion()).isZero();
  }

  @Test
  void perCodePayerGetsUnitsPerLine() throws Exception {
    Long id = submitAsTherapist1(UnitMethod.PER_CODE);

    assertThat(data.visit(id).getLines()).extracting(ServiceLine::getUnits).containsExactly(2, 0);
  }

  @Test
  void draftStaysOutOfTheCoderQueue() throws Exception {
    Patient patient = data.newPatient();
    Payer payer = data.newPayer(UnitMethod.CMS_TOTAL_TIME, true);
    Long id = therapist1.call(() -> visits.record(exerciseAndManualTherapy(patient, payer, false)));

    assertThat(data.visit(id).getStatus()).isEqualTo(VisitStatus.DRAFT);
    assertThat(coder1.call(() -> queries.page(VisitFilter.working().withSearch(id.toString()), 0, 25, null, true))).isEmpty();
    assertThat(coder1.call(() -> queries.count(VisitFilter.any().withSearch(id.toString())))).isEqualTo(1);
  }

  @Test
  void coderSeesTheSubmittedVisitInTheQueueWithItsTotals() throws Exception {
    Long id = submitAsTherapist1(UnitMethod.CMS_TOTAL_TIME);

    VisitSummary row =
        coder1.call(() -> queries.page(VisitFilter.working().withSearch(id.toString()), 0, 25, null, true)).get(0);
    assertThat(row.status()).isEqualTo(VisitStatus.SUBMITTED);
    assertThat(row.totalMinutes()).isEqualTo(40);
    assertThat(row.totalUnits()).isEqualTo(3);
    assertThat(row.lineCount()).isEqualTo(2);
  }

  @Test
  void onlyTherapistsMayRecordVisits() {
    Patient patient = data.newPatient();
    Payer payer = data.newPayer(UnitMethod.CMS_TOTAL_TIME, true);
    NewVisit input = exerciseAndManualTherapy(patient, payer, true);

    for (Caller notTherapist : List.of(coder1, supervisor1)) {
      assertRefused(() -> notTherapist.call(() -> visits.record(input)));
    }
    assertRefused(() -> visits.record(input));
  }

  @Test
  void aTherapistListsOnlyTheirOwnVisitsWhateverTheFilterAsks() throws Exception {
    Long mine = submitAsTherapist1(UnitMethod.CMS_TOTAL_TIME);
    VisitFilter thatVisit = VisitFilter.any().withSearch(mine.toString());

    assertThat(therapist1.call(() -> queries.page(thatVisit, 0, 25, null, true))).extracting(VisitSummary::id).containsExactly(mine);
    assertThat(therapist2.call(() -> queries.page(thatVisit, 0, 25, null, true))).isEmpty();
    assertThat(therapist2.call(() -> queries.count(thatVisit))).isZero();
    assertThat(therapist2.call(() -> queries.page(VisitFilter.any(), 0, 100, null, true)))
        .allSatisfy(v -> assertThat(data.visit(v.id()).getClinician().getUsername()).isEqualTo("therapist2"));
    assertThat(coder1.call(() -> queries.count(thatVisit))).isEqualTo(1);
    assertRefused(() -> queries.page(thatVisit, 0, 25, null, true));
    assertRefused(() -> queries.count(thatVisit));
  }

  @Test
  void supervisorSeesCodedVisitsOnly() throws Exception {
    Long id = submitAsTherapist1(UnitMethod.CMS_TOTAL_TIME);
    Visit visit = data.visit(id);
    var coder = data.clinician("coder1");
    visit.claim(coder);
    visit.markCoded(coder);
    data.save(visit);

    VisitFilter coded = VisitFilter.inStatus(java.util.Set.of(VisitStatus.CODED));
    assertThat(supervisor1.call(() -> queries.page(coded.withSearch(id.toString()), 0, 25, null, true)))
        .extracting(VisitSummary::id).containsExactly(id);
    assertThat(supervisor1.call(() -> queries.page(coded, 0, 100, null, true)))
        .allSatisfy(v -> assertThat(v.status()).isEqualTo(VisitStatus.CODED));
  }

  @Test
  void invalidInputIsRejectedFieldByFieldAndNothingIsSaved() {
    Patient patient = data.newPatient();
    Payer payer = data.newPayer(UnitMethod.CMS_TOTAL_TIME, true);
    long before = data.visitCount();
    NewVisit bad =
        new NewVisit(
            patient.getId(),
            payer.getId(),
            LocalDate.now().plusDays(3),
            List.of(new NewVisit.NewLine("97110", 30), new NewVisit.NewLine("99999", 600)),
            true);

    assertThatThrownBy(() -> therapist1.call(() -> visits.record(bad)))
        .isInstanceOfSatisfying(
            InvalidVisitException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(FieldProblem::field)
                    .containsExactly("dateOfService", "lines[1].code", "lines[1].minutes"));
    assertThat(data.visitCount()).isEqualTo(before);
  }

  @Test
  void codingErrorsBlockSubmissionButNotADraft() throws Exception {
    Patient patient = data.newPatient();
    Payer medicare = data.newPayer(UnitMethod.CMS_TOTAL_TIME, true);
    long before = data.visitCount();
    List<NewVisit.NewLine> ncciPair =
        List.of(new NewVisit.NewLine("97140", "GP", 15), new NewVisit.NewLine("97530", "GP", 15));
    NewVisit submit = new NewVisit(patient.getId(), medicare.getId(), LocalDate.now(), ncciPair, true);

    assertThatThrownBy(() -> therapist1.call(() -> visits.record(submit)))
        .isInstanceOfSatisfying(
            InvalidVisitException.class,
            e -> assertThat(e.getProblems()).extracting(FieldProblem::message).singleElement().asString()
                .startsWith("Line 1: 97140 and 97530 are an NCCI pair"));
    assertThat(data.visitCount()).isEqualTo(before);

    Long draft =
        therapist1.call(() -> visits.record(new NewVisit(patient.getId(), medicare.getId(), LocalDate.now(), ncciPair, false)));
    ScoreReport report = coder1.call(() -> scoring.scoreVisit(draft)).orElseThrow();
    assertThat(report.findings()).extracting(com.quarterhour.rules.Finding::id).containsExactly("NCCI_PTP_NEEDS_MODIFIER");
    assertThat(report.units()).containsExactly(1, 1);
    assertThat(data.visit(draft).getLines().get(1).getModifiers()).containsExactly("GP");
  }

  @Test
  void unknownPatientIsReportedNotStored() {
    Payer payer = data.newPayer(UnitMethod.CMS_TOTAL_TIME, true);
    NewVisit bad =
        new NewVisit(
            Long.MAX_VALUE, payer.getId(), LocalDate.now(), List.of(new NewVisit.NewLine("97110", 30)), true);

    assertThatThrownBy(() -> therapist1.call(() -> visits.record(bad)))
        .isInstanceOfSatisfying(
            InvalidVisitException.class,
            e -> assertThat(e.getProblems()).extracting(FieldProblem::field).containsExactly("patient"));
  }

  @Test
  void theSecondOfTwoConcurrentEditsFailsInsteadOfOverwriting() throws Exception {
    Long id = submitAsTherapist1(UnitMethod.CMS_TOTAL_TIME);
    Visit first = data.visit(id);
    Visit second = data.visit(id);

    first.claim(data.clinician("coder1"));
    data.save(first);
    second.claim(data.clinician("coder1"));

    assertThatThrownBy(() -> data.save(second))
        .satisfies(
            e -> assertThat(causeNames(e)).anyMatch(n -> n.contains("OptimisticLock") || n.contains("StaleObjectState")));
    assertThat(data.visit(id).getVersion()).isEqualTo(1);
  }

  /** The call failed because the caller lacks the role (the container may wrap the refusal). */
  @Test
  void startAndStopTimesAreStoredAndOverlappingOnesBlockSubmission() throws Exception {
    Patient patient = data.newPatient();
    Payer payer = data.newPayer(UnitMethod.CMS_TOTAL_TIME, true);
    java.time.LocalTime nine = java.time.LocalTime.of(9, 0);
    NewVisit overlapping = new NewVisit(patient.getId(), payer.getId(), LocalDate.now(), List.of(
        new NewVisit.NewLine("97110", "GP", null, nine, nine.plusMinutes(33)),
        new NewVisit.NewLine("97140", "GP", null, nine.plusMinutes(20), nine.plusMinutes(27))), true);
    assertThatThrownBy(() -> therapist1.call(() -> visits.record(overlapping)))
        .isInstanceOf(InvalidVisitException.class)
        .satisfies(e -> assertThat(((InvalidVisitException) e).getProblems()).extracting(FieldProblem::message)
            .anyMatch(m -> m.contains("overlap in time")));

    NewVisit apart = new NewVisit(patient.getId(), payer.getId(), LocalDate.now(), List.of(
        new NewVisit.NewLine("97110", "GP", null, nine, nine.plusMinutes(33)),
        new NewVisit.NewLine("97140", "GP", null, nine.plusMinutes(33), nine.plusMinutes(40))), true);
    Visit stored = data.visit(therapist1.call(() -> visits.record(apart)));
    assertThat(stored.getLines()).extracting(ServiceLine::getMinutes).containsExactly(33, 7);
    assertThat(stored.getLines()).extracting(ServiceLine::getStartTime).containsExactly(nine, nine.plusMinutes(33));
    assertThat(stored.getLines()).extracting(ServiceLine::getUnits).containsExactly(2, 1);
  }

  @Test
  void thePatientSearchFindsByNameOrMrnAndTakesWildcardsLiterally() throws Exception {
    Patient patient = data.newPatient();

    assertThat(therapist1.call(() -> reference.findPatients(patient.getMrn().toLowerCase())))
        .containsExactly(new PatientChoice(patient.getId(), patient.getDisplayName()));
    assertThat(therapist1.call(() -> reference.findPatients("whitf"))).extracting(PatientChoice::label)
        .containsExactly("Whitfield, Ada (DEMO-0001)");
    assertThat(therapist1.call(() -> reference.findPatients("Whitfield, a"))).hasSize(1);
    assertThat(therapist1.call(() -> reference.findPatients("Whitfield, b"))).isEmpty();
    assertThat(therapist1.call(() -> reference.findPatients("%"))).isEmpty();
    assertThat(therapist1.call(() -> reference.findPatients("  "))).isEmpty();
    assertThat(therapist1.call(() -> reference.findPatients("test"))).hasSizeLessThanOrEqualTo(ReferenceData.SEARCH_LIMIT);
  }

  @Test
  void theVisitsDisciplineNotTheTherapistsDecidesTheModifier() throws Exception {
    Patient patient = data.newPatient();
    Payer medicare = data.newPayer(UnitMethod.CMS_TOTAL_TIME, true);
    // therapist1 is a PT; this session belongs to an OT plan of care, so the missing modifier is GO.
    NewVisit withoutModifier = new NewVisit(patient.getId(), medicare.getId(), LocalDate.now(), com.quarterhour.rules.Discipline.OT,
        List.of(new NewVisit.NewLine("97530", null, 30)), true);
    assertThatThrownBy(() -> therapist1.call(() -> visits.record(withoutModifier)))
        .isInstanceOf(InvalidVisitException.class)
        .satisfies(e -> assertThat(((InvalidVisitException) e).getProblems()).extracting(FieldProblem::message)
            .containsExactly("Line 1: 97530 has no discipline modifier (GP, GO or GN). Add GO to match the plan of care."));

    NewVisit withGo = new NewVisit(patient.getId(), medicare.getId(), LocalDate.now(), com.quarterhour.rules.Discipline.OT,
        List.of(new NewVisit.NewLine("97530", "GO", 30)), true);
    Long id = therapist1.call(() -> visits.record(withGo));
    assertThat(data.visit(id).getDiscipline()).isEqualTo(com.quarterhour.rules.Discipline.OT);
    assertThat(data.visit(submitAsTherapist1(UnitMethod.CMS_TOTAL_TIME)).getDiscipline()).isEqualTo(com.quarterhour.rules.Discipline.PT);
  }

  private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    assertThatThrownBy(call)
        .satisfies(e -> assertThat(causeNames(e)).contains(EJBAccessException.class.getName()));
  }

  private static List<String> causeNames(Throwable e) {
    List<String> names = new java.util.ArrayList<>();
    for (Throwable t = e; t != null; t = t.getCause()) {
      names.add(t.getClass().getName());
    }
    return names;
  }
}
