package com.quarterhour.documentation.service;

import com.quarterhour.chart.CareHistory;
import com.quarterhour.queries.VisitSummary;
import com.quarterhour.reference.PatientChoice;
import com.quarterhour.shared.LikePattern;
import com.quarterhour.shared.ClinicCalendar;
import com.quarterhour.visit.FieldProblem;
import com.quarterhour.visit.InvalidVisitException;
import com.quarterhour.visit.ScoreReport;
import com.quarterhour.visit.StaleCheck;
import com.quarterhour.visit.VisitChanges;
import com.quarterhour.visit.WorkflowException;
import com.quarterhour.identity.ClinicianDirectory;
import com.quarterhour.identity.Clinician;
import com.quarterhour.identity.Roles;
import com.quarterhour.rules.CodeCatalog;
import com.quarterhour.rules.ScoringEngine;
import com.quarterhour.reference.Patient;
import com.quarterhour.reference.Payer;
import com.quarterhour.visit.Visit;
import com.quarterhour.visit.VisitStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.logging.Logger;

/** The therapist's side of a visit: recording, editing and signing their sessions. */
@Stateless
public class VisitService {

  private static final Logger LOG = Logger.getLogger(VisitService.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private ClinicianDirectory clinicians;
  @Inject private CodeCatalog catalog;
  @Inject private ClinicCalendar calendar;
  @Inject private ScoringEngine engine;
  @Inject private CareHistory careHistory;
  @Inject private VisitChanges changes;

  /**
   * Saves the caller's session as a draft or submits it. Either everything is saved or, when any
   * field is wrong, nothing is.
   *
   * @return the new visit's id
   */
  @RolesAllowed(Roles.THERAPIST)
  public Long record(NewVisit input) throws InvalidVisitException {
    Checked checked = check(input);
    Clinician therapist = clinicians.currentClinician();
    Visit visit = new Visit(checked.patient(), therapist, checked.payer(), input.dateOfService());
    visit.assistedBy(checked.assistant(), therapist);
    visit.rewrite(checked.patient(), checked.payer(), input.dateOfService(), input.discipline(), documented(input));
    scoreAndSign(visit, input.planId(), input.submit());
    visit.touch(therapist.getDisplayName());
    em.persist(visit);
    em.flush();
    changes.publish(visit);
    careHistory.rescoreLaterVisits(visit.getPatient().getId(), visit.getPayer().getId(), visit.getDiscipline(),
        visit.getDateOfService(), visit.getId());
    LOG.fine(() -> "visit " + visit.getId() + " recorded as " + visit.getStatus());
    return visit.getId();
  }

  /** The caller's own draft or returned visit, to edit on the entry form. */
  @RolesAllowed(Roles.THERAPIST)
  public VisitForm forEditing(Long visitId) throws WorkflowException {
    Visit visit = own(visitId, false);
    List<NewVisit.NewLine> lines = new ArrayList<>();
    for (var line : visit.getLines()) {
      // Minutes the times give are left out, so that changing a time does not contradict them.
      Integer minutes = line.getStartTime() == null ? Integer.valueOf(line.getMinutes()) : null;
      lines.add(new NewVisit.NewLine(line.getCptCode(), String.join(" ", line.getModifiers()), minutes, line.getStartTime(),
          line.getStopTime(), nullIfZero(line.getAssistantMinutes()), nullIfZero(line.getTogetherMinutes())));
    }
    return new VisitForm(visit.getId(), visit.getVersion(), visit.getStatus(), visit.getPatient().getId(),
        visit.getPayer().getId(), visit.getDateOfService(), visit.getDiscipline(), lines, visit.getReturnQuestion(),
        visit.getAssistant() == null ? null : visit.getAssistant().getId(), visit.getPlanOfCareId());
  }

  private static Integer nullIfZero(int minutes) {
    return minutes == 0 ? null : minutes;
  }

  /**
   * Saves the therapist's changes to their draft or returned visit, and with {@code submit} signs
   * it (again). Same checks as a new visit; a page older than the stored visit is refused.
   */
  @RolesAllowed(Roles.THERAPIST)
  public void update(Long visitId, long seenVersion, NewVisit input) throws WorkflowException, InvalidVisitException {
    Visit visit = own(visitId, true);
    StaleCheck.require(visit, seenVersion, calendar.zone());
    Checked checked = check(input);
    Long oldPatient = visit.getPatient().getId();
    Long oldPayer = visit.getPayer().getId();
    var oldDiscipline = visit.getDiscipline();
    LocalDate oldDate = visit.getDateOfService();
    visit.assistedBy(checked.assistant(), visit.getClinician());
    visit.rewrite(checked.patient(), checked.payer(), input.dateOfService(), input.discipline(), documented(input));
    scoreAndSign(visit, input.planId(), input.submit());
    visit.touch(visit.getClinician().getDisplayName());
    changes.publish(visit);
    // The patient's later visits count this one (or no longer do, where it moved from).
    careHistory.rescoreLaterVisits(oldPatient, oldPayer, oldDiscipline, oldDate, visitId);
    if (!oldPatient.equals(visit.getPatient().getId()) || !oldPayer.equals(visit.getPayer().getId())
        || oldDiscipline != visit.getDiscipline() || !oldDate.equals(visit.getDateOfService())) {
      careHistory.rescoreLaterVisits(visit.getPatient().getId(), visit.getPayer().getId(), visit.getDiscipline(),
          visit.getDateOfService(), visitId);
    }
  }

  /** A form whose every field passed, with the patient and payer it names. */
  private record Checked(Patient patient, Payer payer, Clinician assistant) {}

  /** Checks every field of the form; all problems at once, or the patient and payer it names. */
  private Checked check(NewVisit input) throws InvalidVisitException {
    List<FieldProblem> problems = new ArrayList<>(VisitCheck.problems(input, catalog, calendar.today()));
    Patient patient = input.patientId() == null ? null : em.find(Patient.class, input.patientId());
    if (input.patientId() != null && patient == null) {
      problems.add(new FieldProblem("patient", "Patient: no patient has this id; choose one from the list."));
    }
    Payer payer = input.payerId() == null ? null : em.find(Payer.class, input.payerId());
    if (input.payerId() != null && payer == null) {
      problems.add(new FieldProblem("payer", "Payer: no payer has this id; choose one from the list."));
    }
    Clinician assistant = input.assistantId() == null ? null : em.find(Clinician.class, input.assistantId());
    if (input.assistantId() != null) {
      var discipline = input.discipline() != null ? input.discipline() : clinicians.currentClinician().getDiscipline();
      if (assistant == null) {
        problems.add(new FieldProblem("assistant", "Assistant: no clinician has this id; choose one from the list."));
      } else if (assistant.getCredential() == null || !assistant.getCredential().isAssistant()
          || assistant.getCredential().discipline() != discipline) {
        problems.add(new FieldProblem("assistant", "Assistant: " + assistant.getDisplayName() + " is not a "
            + (discipline == null ? "therapy" : discipline.name()) + " assistant (PTA for PT, COTA for OT)."));
      }
    }
    var discipline = input.discipline() != null ? input.discipline() : clinicians.currentClinician().getDiscipline();
    String planProblem = patient == null ? null
        : careHistory.planProblem(input.planId(), patient.getId(), discipline, input.dateOfService());
    if (planProblem != null) {
      problems.add(new FieldProblem("plan", planProblem));
    }
    if (!problems.isEmpty()) {
      throw new InvalidVisitException(problems);
    }
    return new Checked(patient, payer, assistant);
  }

  private static List<Visit.DocumentedLine> documented(NewVisit input) {
    List<Visit.DocumentedLine> lines = new ArrayList<>();
    for (NewVisit.NewLine line : input.lines()) {
      lines.add(new Visit.DocumentedLine(VisitLines.code(line), VisitLines.modifiers(line.modifiers()),
          line.effectiveMinutes(), line.start(), line.stop(), input.assistantId() == null ? 0 : line.assistantAlone(),
          input.assistantId() == null ? 0 : line.together()));
    }
    return lines;
  }

  /** Units and findings afresh; with {@code submit} the therapist signs, which coding errors block. */
  private void scoreAndSign(Visit visit, Long chosenPlanId, boolean submit) throws InvalidVisitException {
    var score = careHistory.fileAndRescore(visit, chosenPlanId);
    // A draft may keep errors while the therapist works; the signature may not.
    if (submit && visit.getSignatureErrorCount() > 0) {
      throw new InvalidVisitException(ScoreReport.of(score).errorsAsProblems());
    }
    if (submit) {
      visit.submit();
    }
  }

  /** The caller's visit, locked when it is to be written; refused when it is not theirs or not editable. */
  private Visit own(Long visitId, boolean lock) throws WorkflowException {
    Visit visit = visitId == null ? null
        : lock ? em.find(Visit.class, visitId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE) : em.find(Visit.class, visitId);
    if (visit == null || !visit.getClinician().getUsername().equals(clinicians.callerName())) {
      throw new WorkflowException("Visit " + visitId + " is not one of your visits.");
    }
    if (!visit.isEditableByTherapist()) {
      throw new WorkflowException("Visit " + visitId + " is " + visit.getStatus().label() + "; only a draft or a returned visit can be changed.");
    }
    return visit;
  }

  /**
   * The therapist answers a coder's question and sends the visit back to coding. Only their own
   * visit, only while it is returned, and coding errors still block it.
   */
  @RolesAllowed(Roles.THERAPIST)
  public void resubmit(Long visitId) throws WorkflowException, InvalidVisitException {
    Visit visit = em.find(Visit.class, visitId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    if (visit == null || !visit.getClinician().getUsername().equals(clinicians.callerName())) {
      throw new WorkflowException("Visit " + visitId + " is not one of your visits.");
    }
    if (visit.getStatus() != VisitStatus.RETURNED) {
      throw new WorkflowException("Visit " + visitId + " is " + visit.getStatus().label() + "; only a returned visit is resubmitted.");
    }
    scoreAndSign(visit, visit.getPlanOfCareId(), true);
    visit.touch(visit.getClinician().getDisplayName());
    changes.publish(visit);
  }
}
