package com.quarterhour.testsupport.runas;

import com.quarterhour.chart.PlanOfCare;
import com.quarterhour.rules.Discipline;
import com.quarterhour.rules.UnitMethod;
import com.quarterhour.reference.Patient;
import com.quarterhour.reference.Payer;
import com.quarterhour.visit.Visit;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Sets up and reads back rows for the container tests, each call in its own transaction. */
@Stateless
@PermitAll
public class TestData {

  @PersistenceContext private EntityManager em;

  /**
   * A patient of its own with a certified plan of care for each discipline covering the last 80 days
   * and the next 9, so that visits of recent dates are not held up by PLAN_OF_CARE_NOT_CERTIFIED.
   */
  public Patient newPatient() {
    Patient p = newPatientWithoutPlans();
    LocalDate first = LocalDate.now().minusDays(80);
    for (Discipline discipline : Discipline.values()) {
      PlanOfCare plan = new PlanOfCare(p, discipline, first, null, List.of("M54.50"), null, null);
      plan.certify(first.plusDays(5), first.plusDays(89));
      em.persist(plan);
    }
    return p;
  }

  /** A patient with no plan of care on file. */
  public Patient newPatientWithoutPlans() {
    String mrn = "T-" + UUID.randomUUID().toString().substring(0, 12);
    Patient p = new Patient(mrn, "Test", "Patient", LocalDate.of(1970, 1, 1));
    em.persist(p);
    return p;
  }

  /** How many claims a visit has had. */
  public long claimCountOf(Long visitId) {
    return em.createQuery("select count(c) from Claim c where c.visit.id = :visit", Long.class).setParameter("visit", visitId)
        .getSingleResult();
  }

  public long countPatients() {
    return em.createQuery("select count(p) from Patient p", Long.class).getSingleResult();
  }

  /** The patient's plans of care, oldest first. */
  public List<PlanOfCare> plansOf(Long patientId) {
    return em.createQuery("select p from PlanOfCare p where p.patient.id = :patient order by p.firstTreatment, p.id", PlanOfCare.class)
        .setParameter("patient", patientId)
        .getResultList();
  }

  /** A clinician of its own (a user name nobody logs in with), so tests do not share one. */
  public com.quarterhour.identity.Clinician newClinician(String displayName) {
    var c = new com.quarterhour.identity.Clinician("t-" + UUID.randomUUID(), displayName, null);
    em.persist(c);
    return c;
  }

  /** A clinician of its own licensed as given (e.g. a PTA), with a valid NPI. */
  public com.quarterhour.identity.Clinician newProvider(String displayName, com.quarterhour.identity.Credential credential) {
    var c = newClinician(displayName);
    c.describeAsProvider(credential, com.quarterhour.testsupport.TestNpi.fresh());
    return c;
  }

  public Payer newPayer(UnitMethod method, boolean medicare) {
    Payer p = new Payer("Test payer " + UUID.randomUUID(), method, medicare);
    if (medicare) {
      p.allowBy(((Number) em.createNativeQuery("select id from fee_schedule where name = ?1")
          .setParameter(1, com.quarterhour.money.Fees.MEDICARE_SCHEDULE).getSingleResult()).longValue());
    }
    em.persist(p);
    return p;
  }

  /** The visit with its lines, clinician and payer loaded, detached when this returns. */
  public Visit visit(Long id) {
    Visit v = em.find(Visit.class, id);
    v.getLines().size();
    v.getClinician().getUsername();
    v.getPayer().getName();
    v.getFindingIds().size();
    if (v.getAssistant() != null) {
      v.getAssistant().getDisplayName();
      v.getSupervisingTherapist().getDisplayName();
    }
    for (var c : new com.quarterhour.identity.Clinician[] {v.getClaimedBy(), v.getCodedBy(), v.getApprovedBy()}) {
      if (c != null) {
        c.getUsername();
      }
    }
    return v;
  }

  /** The clinician record of a demo user (seeded by the demo data). */
  public com.quarterhour.identity.Clinician clinician(String username) {
    return em.createQuery("select c from Clinician c where c.username = :u", com.quarterhour.identity.Clinician.class)
        .setParameter("u", username)
        .getSingleResult();
  }

  /**
   * Copies a visit and its lines {@code copies} times in plain SQL (same patient, date and state):
   * volume for billing benchmarks without entering thousands of visits one by one.
   */
  public int cloneVisit(Long template, int copies) {
    String visitColumns = "patient_id,clinician_id,payer_id,date_of_service,status,created_at,updated_at,version,claimed_by_id,"
        + "coded_by_id,approved_by_id,line_count,total_minutes,total_units,error_count,open_warning_count,submitted_at,updated_by,"
        + "warning_count,discipline,plan_of_care_id,allowed_cents,assistant_id,supervising_therapist_id";
    int visits = em.createNativeQuery("insert into visit (" + visitColumns + ") select " + visitColumns
            + " from visit cross join generate_series(1, " + copies + ") where id = " + template)
        .executeUpdate();
    String lineColumns = "line_no,cpt_code,modifiers,minutes,start_time,stop_time,units,coded_code,coded_modifiers,coded_units,"
        + "assistant_minutes,together_minutes";
    em.createNativeQuery("insert into service_line (visit_id," + lineColumns + ") select v.id," + lineColumns.replaceAll("(^|,)", "$1s.")
            + " from visit v join visit t on t.id = " + template + " and v.patient_id = t.patient_id and v.id > t.id"
            + " join service_line s on s.visit_id = t.id")
        .executeUpdate();
    return visits;
  }

  public long visitCount() {
    return em.createQuery("select count(v) from Visit v", Long.class).getSingleResult();
  }

  /** Writes a detached copy back: fails if someone else saved the visit in between. */
  public Visit save(Visit detached) {
    return em.merge(detached);
  }

  /** Tries to rewrite a visit's history behind the application's back (the database must refuse). */
  public int rewriteHistory(Long visitId) {
    return em.createNativeQuery("update visit_event set reason = 'rewritten' where visit_id = ?1")
        .setParameter(1, visitId)
        .executeUpdate();
  }

  public long visitCountOf(String username) {
    return em.createQuery("select count(v) from Visit v where v.clinician.username = :u", Long.class)
        .setParameter("u", username)
        .getSingleResult();
  }

  /** Visits per state, counted from the visits themselves (zero states left out). */
  public java.util.Map<com.quarterhour.visit.VisitStatus, Long> visitsByStatus() {
    java.util.Map<com.quarterhour.visit.VisitStatus, Long> out = new java.util.EnumMap<>(com.quarterhour.visit.VisitStatus.class);
    em.createQuery("select v.status, count(v) from Visit v group by v.status", Object[].class).getResultList()
        .forEach(r -> out.put((com.quarterhour.visit.VisitStatus) r[0], (Long) r[1]));
    return out;
  }

  /** Average units per signed visit by therapist since a date, from the visits themselves. */
  public java.util.Map<String, Double> unitsPerVisitSince(java.time.LocalDate since) {
    java.util.Map<String, Double> out = new java.util.TreeMap<>();
    em.createQuery("select v.clinician.displayName, avg(v.totalUnits) from Visit v where v.status <> :draft and v.dateOfService >= :since"
            + " group by v.clinician.displayName", Object[].class)
        .setParameter("draft", com.quarterhour.visit.VisitStatus.DRAFT).setParameter("since", since)
        .getResultList().forEach(r -> out.put((String) r[0], Math.round(((Number) r[1]).doubleValue() * 100) / 100.0));
    return out;
  }

  /** Every diagnosis code the portal knows, by code. */
  public List<com.quarterhour.reference.DiagnosisCode> diagnosisCodes() {
    return em.createQuery("select d from DiagnosisCode d order by d.code", com.quarterhour.reference.DiagnosisCode.class).getResultList();
  }
}
