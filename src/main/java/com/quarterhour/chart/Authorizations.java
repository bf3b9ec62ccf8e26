package com.quarterhour.chart;

import com.quarterhour.identity.Roles;
import com.quarterhour.reference.Patient;
import com.quarterhour.reference.Payer;
import com.quarterhour.rules.Discipline;
import com.quarterhour.shared.RefusedException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Payers' authorizations of visits: the front desk (admin) records them; the patient's visits of that
 * payer and discipline are scored again, since each uses one.
 */
@Stateless
public class Authorizations {

  static final int MAX_NUMBER = 40;

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private CareHistory careHistory;

  /** What the admin fills in. */
  public record NewAuthorization(Long patientId, Long payerId, Discipline discipline, String number, Integer visits,
      LocalDate validFrom, LocalDate validThrough) {}

  /**
   * Records an authorization; every bad field is named and nothing is saved.
   *
   * @return the authorization's id
   */
  @RolesAllowed(Roles.ADMIN)
  public Long add(NewAuthorization a) throws RefusedException {
    List<String> problems = new ArrayList<>();
    Patient patient = a.patientId() == null ? null : em.find(Patient.class, a.patientId());
    if (patient == null) {
      problems.add("Patient: choose a patient.");
    }
    Payer payer = a.payerId() == null ? null : em.find(Payer.class, a.payerId());
    if (payer == null) {
      problems.add("Payer: choose the payer that authorized the visits.");
    }
    if (a.discipline() == null) {
      problems.add("Discipline: choose PT, OT or SLP.");
    }
    String number = a.number() == null ? "" : a.number().trim();
    if (number.isEmpty()) {
      problems.add("Authorization number: required.");
    } else if (number.length() > MAX_NUMBER) {
      problems.add("Authorization number: at most " + MAX_NUMBER + " characters (" + number.length() + " given).");
    }
    if (a.visits() == null || a.visits() < 1 || a.visits() > 365) {
      problems.add("Visits authorized: a whole number from 1 to 365.");
    }
    if (a.validFrom() == null || a.validThrough() == null) {
      problems.add("Valid from and through: enter both dates.");
    } else if (a.validThrough().isBefore(a.validFrom())) {
      problems.add("Valid through: the last day cannot come before the first (" + a.validFrom() + ").");
    }
    if (!problems.isEmpty()) {
      throw new RefusedException(String.join(" ", problems));
    }
    PayerAuthorization saved = new PayerAuthorization(patient, payer, a.discipline(), number, a.visits(), a.validFrom(),
        a.validThrough());
    em.persist(saved);
    careHistory.rescoreLaterVisits(patient.getId(), payer.getId(), a.discipline(), a.validFrom().minusYears(1), null);
    return saved.getId();
  }

  /** An authorization as the chart shows it: how many of its visits are used so far. */
  public record Row(Long id, String payer, Discipline discipline, String number, int used, int authorized,
      LocalDate validFrom, LocalDate validThrough) implements java.io.Serializable {

    public int getLeft() {
      return Math.max(0, authorized - used);
    }
  }

  /** The patient's authorizations, newest first; none when the caller may not see the patient. */
  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public List<Row> of(Long patientId) {
    return CareTeam.maySee(em, session, patientId) ? rows(em, patientId, PatientVisits.of(em, patientId)) : List.of();
  }

  /** The rows, counted from the patient's visits already read; callers check who may see the patient. */
  static List<Row> rows(EntityManager em, Long patientId, PatientVisits visits) {
    List<PayerAuthorization> all = em.createQuery(
            "select a from PayerAuthorization a join fetch a.payer where a.patient.id = :patient order by a.validFrom desc, a.id desc",
            PayerAuthorization.class)
        .setParameter("patient", patientId)
        .getResultList();
    List<Row> rows = new ArrayList<>();
    for (PayerAuthorization a : all) {
      int used = visits.usedBefore(a, null, a.getValidThrough().plusDays(1));
      rows.add(new Row(a.getId(), a.getPayer().getName(), a.getDiscipline(), a.getNumber(), used, a.getVisitsAuthorized(),
          a.getValidFrom(), a.getValidThrough()));
    }
    return rows;
  }
}
