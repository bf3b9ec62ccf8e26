package com.quarterhour.chart;

import com.quarterhour.identity.Roles;
import com.quarterhour.reference.InsurancePolicy;
import com.quarterhour.reference.Patient;
import com.quarterhour.reference.PatientDetails;
import com.quarterhour.reference.PatientEvent;
import com.quarterhour.reference.Relationship;
import com.quarterhour.rules.Discipline;
import com.quarterhour.rules.Money;
import com.quarterhour.rules.TherapyThresholds;
import com.quarterhour.shared.ClinicCalendar;
import jakarta.inject.Inject;
import com.quarterhour.visit.VisitStatus;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads a patient's chart: who the patient is, the plans of care, the visits a page at a time.
 * Coders, supervisors and admins see every patient; a therapist only patients they treat, and of
 * those only their own visits.
 */
@Stateless
public class Charts {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private ClinicCalendar calendar;

  /** The patient's chart, or empty when there is no such patient or the caller may not see it. */
  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public Optional<Chart> chartOf(Long patientId) {
    Patient patient = patientId == null ? null : em.find(Patient.class, patientId);
    if (patient == null || !maySee(patientId)) {
      return Optional.empty();
    }
    List<PlanRow> plans = em.createQuery(
            "select p from PlanOfCare p left join fetch p.physician where p.patient.id = :patient order by p.firstTreatment desc, p.id desc",
            PlanOfCare.class)
        .setParameter("patient", patientId)
        .getResultList().stream().map(PlanRow::of).toList();
    LocalDate today = calendar.today();
    TherapyThresholds.Year year = TherapyThresholds.shipped().forYear(today.getYear());
    long kx = year == null ? 0 : year.kxCents();
    // One read of the patient's visits serves both bars and the authorizations' counts.
    PatientVisits visits = PatientVisits.of(em, patientId);
    YearToDate ptSlp = new YearToDate("PT + SLP", visits.yearToDateCents(null, Discipline.PT, today), kx);
    YearToDate ot = new YearToDate("OT", visits.yearToDateCents(null, Discipline.OT, today), kx);
    List<PolicyRow> policies = InsurancePolicy.ofPatient(em, patientId).stream().map(p -> PolicyRow.of(p, today)).toList();
    return Optional.of(new Chart(patient.getId(), patient.getFullName(), patient.details(), patient.getSex() == null ? "" : patient.getSex().label(),
        patient.getVersion(), policies, plans, today.getYear(), List.of(ptSlp, ot), Authorizations.rows(em, patientId, visits)));
  }

  /** The patient's visits the caller may see, newest first: one page. */
  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public List<VisitRow> visits(Long patientId, int first, int size) {
    if (!maySee(patientId)) {
      return List.of();
    }
    TypedQuery<VisitRow> q = em.createQuery(
        "select new com.quarterhour.chart.Charts$VisitRow(v.id, v.dateOfService, c.displayName, p.name, v.status, v.totalUnits,"
            + " v.errorCount) from Visit v join v.clinician c join v.payer p where v.patient.id = :patient"
            + (ownVisitsOnly() ? " and c.username = :me" : "") + " order by v.dateOfService desc, v.id desc", VisitRow.class);
    return withCaller(q).setParameter("patient", patientId).setFirstResult(first).setMaxResults(size).getResultList();
  }

  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public long visitCount(Long patientId) {
    if (!maySee(patientId)) {
      return 0;
    }
    TypedQuery<Long> q = em.createQuery("select count(v) from Visit v where v.patient.id = :patient"
        + (ownVisitsOnly() ? " and v.clinician.username = :me" : ""), Long.class);
    return withCaller(q).setParameter("patient", patientId).getSingleResult();
  }

  private boolean ownVisitsOnly() {
    return CareTeam.ownVisitsOnly(session);
  }

  private <T> TypedQuery<T> withCaller(TypedQuery<T> q) {
    return ownVisitsOnly() ? q.setParameter("me", session.getCallerPrincipal().getName()) : q;
  }

  private boolean maySee(Long patientId) {
    return CareTeam.maySee(em, session, patientId);
  }

  /** One page of the patient record's history (demographics and insurance changes), oldest first. */
  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public List<PatientEvent> history(Long patientId, int first, int size) {
    if (!maySee(patientId)) {
      return List.of();
    }
    return em.createQuery("select e from PatientEvent e where e.patientId = :patient order by e.id", PatientEvent.class)
        .setParameter("patient", patientId).setFirstResult(first).setMaxResults(size).getResultList();
  }

  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public long historyCount(Long patientId) {
    if (!maySee(patientId)) {
      return 0;
    }
    return em.createQuery("select count(e) from PatientEvent e where e.patientId = :patient", Long.class)
        .setParameter("patient", patientId).getSingleResult();
  }

  /**
   * The chart's head (who the patient is, their insurance in order), the plans of care newest
   * first, the KX bars and the authorizations.
   */
  public record Chart(Long patientId, String name, PatientDetails details, String sex, long version, List<PolicyRow> policies,
      List<PlanRow> plans, int year, List<YearToDate> yearToDate, List<Authorizations.Row> authorizations)
      implements java.io.Serializable {

    public String mrn() {
      return details.mrn();
    }

    public LocalDate dateOfBirth() {
      return details.dateOfBirth();
    }

    /** The physicians of the patient's plans of care (referring and certifying), each once. */
    public List<String> getPhysicians() {
      return plans.stream().map(PlanRow::physician).filter(java.util.Objects::nonNull).distinct().toList();
    }
  }

  /** An insurance policy as the chart shows it; {@code current} when it covers today. */
  public record PolicyRow(Long id, String place, String payer, String memberId, String groupNumber, String relationship,
      String subscriber, LocalDate effectiveFrom, LocalDate effectiveThrough, boolean current) implements java.io.Serializable {

    static PolicyRow of(InsurancePolicy p, LocalDate today) {
      String subscriber = p.getRelationship() == Relationship.SELF ? null
          : p.getSubscriberLastName() + ", " + p.getSubscriberFirstName() + " (born " + p.getSubscriberDateOfBirth() + ")";
      return new PolicyRow(p.getId(), p.getPlace(), p.getPayer().getName(), p.getMemberId(), p.getGroupNumber(),
          p.getRelationship().label(), subscriber, p.getEffectiveFrom(), p.getEffectiveThrough(), p.covers(today));
    }
  }

  /**
   * The patient's Medicare allowed amount this year in one KX bucket, against the threshold (the same
   * sum the KX edit reads: signed visits, drafts and rejected ones left out).
   */
  public record YearToDate(String bucket, long allowedCents, long thresholdCents) implements java.io.Serializable {

    /** How full the bar is, 0–100. */
    public int getPercent() {
      return thresholdCents == 0 ? 0 : (int) Math.min(100, allowedCents * 100 / thresholdCents);
    }

    public boolean isOver() {
      return allowedCents > thresholdCents;
    }

    /** "$2,440.00 of $2,480.00". */
    public String getText() {
      return Money.usd(allowedCents) + " of " + Money.usd(thresholdCents);
    }
  }

  /** A plan of care as the chart shows it. */
  public record PlanRow(Long id, Discipline discipline, LocalDate firstTreatment, String physician, List<String> diagnoses,
      LocalDate signedOn, LocalDate certifiedThrough, LocalDate signBy, LocalDate lastCertifiableDay, int progressReports,
      LocalDate lastProgressReport, String frequency, String goals, LocalDate dischargedOn, List<String> recertifications)
      implements java.io.Serializable {

    static PlanRow of(PlanOfCare p) {
      List<ProgressReport> reports = p.getProgressReports();
      return new PlanRow(p.getId(), p.getDiscipline(), p.getFirstTreatment(),
          p.getPhysician() == null ? null : p.getPhysician().getDisplayName(), List.copyOf(p.getDiagnoses()),
          p.getSignedOn(), p.getCertifiedThrough(),
          p.getFirstTreatment().plusDays(com.quarterhour.rules.VisitHistory.PlanOfCare.DAYS_TO_SIGN),
          p.getFirstTreatment().plusDays(com.quarterhour.rules.VisitHistory.PlanOfCare.MAX_CERTIFIED_DAYS - 1),
          reports.size(), reports.isEmpty() ? null : reports.get(reports.size() - 1).getWrittenOn(),
          p.getFrequency(), p.getGoals(), p.getDischargedOn(),
          p.getRecertifications().stream().map(r -> r.getStartsOn() + " – " + r.getCertifiedThrough() + " (signed " + r.getSignedOn() + ")")
              .toList());
    }

    public boolean isSigned() {
      return signedOn != null;
    }

    public String getDiagnosesText() {
      return String.join(", ", diagnoses);
    }

    /** "3 · last 2026-11-20", or "none". */
    public String getProgressText() {
      return progressReports == 0 ? "none" : progressReports + " · last " + lastProgressReport;
    }
  }

  /** One visit of the chart's list. */
  public record VisitRow(Long id, LocalDate dateOfService, String clinician, String payer, VisitStatus status, int units,
      int errors) implements java.io.Serializable {}
}
