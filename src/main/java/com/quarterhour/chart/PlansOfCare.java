package com.quarterhour.chart;

import com.quarterhour.identity.ClinicianDirectory;
import com.quarterhour.identity.Roles;
import com.quarterhour.reference.Patient;
import com.quarterhour.reference.Physician;
import com.quarterhour.rules.Discipline;
import com.quarterhour.shared.Icd10;
import com.quarterhour.shared.RefusedException;
import com.quarterhour.visit.Visit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Plans of care: the front desk (admin) opens and certifies them, therapists write progress
 * reports. Whatever changes what a plan says about a date rescores the plan's open visits, so that
 * queues show the verdict the engine gives now (a signature clears PLAN_OF_CARE_NOT_CERTIFIED).
 */
@Stateless
public class PlansOfCare {

  private static final Logger LOG = Logger.getLogger(PlansOfCare.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private CareHistory history;
  @Inject private ClinicianDirectory clinicians;

  /** What an admin fills in to open a plan of care. */
  public record NewPlan(Long patientId, Discipline discipline, LocalDate firstTreatment, Long physicianId,
      List<String> diagnoses, String frequency, String goals) {}

  /**
   * Opens a plan of care; every bad field is named and nothing is saved.
   *
   * @return the plan's id
   */
  /** A plan of care as the entry form offers it: "PT from 2026-10-22 (M54.50)". */
  public record PlanChoice(Long id, String label) implements java.io.Serializable {}

  /**
   * The patient's plans of care of the discipline, newest first, for the entry form's choice (the
   * visit defaults to the one open on its date).
   */
  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public List<PlanChoice> choicesFor(Long patientId, Discipline discipline) {
    if (patientId == null || discipline == null) {
      return List.of();
    }
    return em.createQuery("select p from PlanOfCare p where p.patient.id = :patient and p.discipline = :discipline"
            + " order by p.firstTreatment desc, p.id desc", PlanOfCare.class)
        .setParameter("patient", patientId).setParameter("discipline", discipline)
        .getResultStream()
        .map(p -> new PlanChoice(p.getId(), p.getDiscipline() + " from " + p.getFirstTreatment()
            + (p.getDischargedOn() == null ? "" : ", discharged " + p.getDischargedOn())
            + (p.getDiagnoses().isEmpty() ? "" : " (" + String.join(", ", p.getDiagnoses()) + ")")))
        .toList();
  }

  @RolesAllowed(Roles.ADMIN)
  public Long open(NewPlan plan) throws RefusedException {
    List<String> problems = new ArrayList<>();
    Patient patient = plan.patientId() == null ? null : em.find(Patient.class, plan.patientId());
    if (patient == null) {
      problems.add("Patient: choose a patient.");
    }
    if (plan.discipline() == null) {
      problems.add("Discipline: choose PT, OT or SLP.");
    }
    if (plan.firstTreatment() == null) {
      problems.add("First treatment: enter the date of the first treatment.");
    }
    Physician physician = plan.physicianId() == null ? null : em.find(Physician.class, plan.physicianId());
    if (plan.physicianId() != null && physician == null) {
      problems.add("Physician: no physician has this id; choose one from the list.");
    }
    List<String> codes = new ArrayList<>();
    List<String> diagnoses = plan.diagnoses() == null ? List.of() : plan.diagnoses();
    for (int i = 0; i < diagnoses.size(); i++) {
      String problem = Icd10.problem(diagnoses.get(i));
      if (problem != null) {
        problems.add("Diagnosis " + (i + 1) + ": " + problem);
      } else {
        codes.add(Icd10.normalize(diagnoses.get(i)));
      }
    }
    if (codes.isEmpty() && problems.isEmpty()) {
      problems.add("Diagnoses: enter at least one ICD-10-CM diagnosis.");
    }
    if (!problems.isEmpty()) {
      throw new RefusedException(String.join(" ", problems));
    }
    PlanOfCare saved = new PlanOfCare(patient, plan.discipline(), plan.firstTreatment(), physician, codes,
        blankToNull(plan.frequency()), blankToNull(plan.goals()));
    em.persist(saved);
    em.flush();
    return saved.getId();
  }

  /**
   * The physician's signature on the plan's initial certification; the plan's open visits are
   * rescored.
   *
   * @return how many visits were rescored
   */
  @RolesAllowed(Roles.ADMIN)
  public int certify(Long planId, LocalDate signedOn, LocalDate through) throws RefusedException {
    PlanOfCare plan = locked(planId);
    if (signedOn == null || through == null) {
      throw new RefusedException("Signed on and certified through: enter both dates.");
    }
    if (through.isBefore(plan.getFirstTreatment())) {
      throw new RefusedException("Certified through: the certification cannot end before the first treatment ("
          + plan.getFirstTreatment() + ").");
    }
    plan.certify(signedOn, through);
    return rescoreOpenVisits(plan);
  }

  /**
   * The admin records a recertification the physician signed: it covers from the day after the
   * latest certification ends through the day given. Refused while the latest one is unsigned.
   * The plan's open visits are rescored.
   */
  @RolesAllowed(Roles.ADMIN)
  public int recertify(Long planId, LocalDate signedOn, LocalDate through) throws RefusedException {
    PlanOfCare plan = locked(planId);
    if (signedOn == null || through == null) {
      throw new RefusedException("Signed on and certified through: enter both dates.");
    }
    LocalDate ends = plan.latestCertifiedThrough();
    if (ends == null) {
      throw new RefusedException("Recertification: the plan's current certification is not signed yet; record that signature first.");
    }
    LocalDate startsOn = ends.plusDays(1);
    if (through.isBefore(startsOn)) {
      throw new RefusedException("Certified through: a recertification covers from " + startsOn
          + " (the day after the current certification ends); it cannot end before that.");
    }
    if (signedOn.isAfter(through)) {
      throw new RefusedException("Signed on: " + signedOn + " is after the recertification ends (" + through + ").");
    }
    plan.recertify(startsOn).sign(signedOn, through);
    return rescoreOpenVisits(plan);
  }

  /** A progress report written on a date by the calling therapist; the plan's open visits are rescored. */
  @RolesAllowed(Roles.THERAPIST)
  public int reportProgress(Long planId, LocalDate writtenOn) throws RefusedException {
    PlanOfCare plan = locked(planId);
    if (writtenOn == null) {
      throw new RefusedException("Written on: enter the date of the progress report.");
    }
    var therapist = clinicians.currentClinician();
    if (!CareTeam.treats(em, plan.getPatient().getId(), therapist.getUsername())) {
      throw new RefusedException("Progress report: only a therapist who treats the patient may write one.");
    }
    plan.reportProgress(writtenOn, therapist);
    return rescoreOpenVisits(plan);
  }

  private PlanOfCare locked(Long planId) throws RefusedException {
    PlanOfCare plan = planId == null ? null : em.find(PlanOfCare.class, planId, LockModeType.PESSIMISTIC_WRITE);
    if (plan == null) {
      throw new RefusedException("No plan of care has this id.");
    }
    return plan;
  }

  private int rescoreOpenVisits(PlanOfCare plan) {
    em.flush();
    List<Visit> visits = history.openVisitsOf(plan.getId());
    history.rescoreAll(visits);
    LOG.fine(() -> "plan " + plan.getId() + ": " + visits.size() + " visit(s) rescored");
    return visits.size();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
