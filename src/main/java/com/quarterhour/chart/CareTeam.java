package com.quarterhour.chart;

import com.quarterhour.identity.Roles;
import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;

/**
 * Who may see a patient's chart: coders, supervisors and admins every patient; a therapist the
 * patients they treat (a visit of theirs with the patient). The one place this rule lives.
 */
final class CareTeam {

  private CareTeam() {}

  static boolean treats(EntityManager em, Long patientId, String username) {
    return !em.createQuery("select v.id from Visit v where v.patient.id = :patient and v.clinician.username = :me", Long.class)
        .setParameter("patient", patientId)
        .setParameter("me", username)
        .setMaxResults(1)
        .getResultList().isEmpty();
  }

  /** Whether the caller sees only their own visits (a therapist). */
  static boolean ownVisitsOnly(SessionContext session) {
    return Roles.seesOnlyOwnVisits(session::isCallerInRole);
  }

  static boolean maySee(EntityManager em, SessionContext session, Long patientId) {
    return patientId != null && (!ownVisitsOnly(session) || treats(em, patientId, session.getCallerPrincipal().getName()));
  }
}
