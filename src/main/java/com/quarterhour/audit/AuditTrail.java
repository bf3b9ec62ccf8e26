package com.quarterhour.audit;

import com.quarterhour.identity.Roles;
import com.quarterhour.visit.domain.Clinician;
import com.quarterhour.visit.domain.Visit;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Writes and reads visits' histories. Writing joins the caller's transaction, so a change and its
 * history line are saved together or not at all; nothing here updates or deletes a line.
 */
@Stateless
public class AuditTrail {

  @PersistenceContext private EntityManager em;

  /** Records a step of the visit by the given author; the visit must already have its id. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(Visit visit, Clinician by, VisitAction action, String subject, String oldValue,
      String newValue, String reason) {
    em.persist(new VisitEvent(visit.getId(), by.getUsername(), by.getDisplayName(), action, subject, oldValue, newValue, reason));
  }

  /** A whole-visit step with an optional reason (a question, a rejection). */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(Visit visit, Clinician by, VisitAction action, String reason) {
    record(visit, by, action, null, null, null, reason);
  }

  /** The visit's history, oldest first. Callers check who may see the visit. */
  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public List<VisitEvent> historyOf(Long visitId) {
    return em.createQuery("select e from VisitEvent e where e.visitId = :v order by e.id", VisitEvent.class)
        .setParameter("v", visitId)
        .getResultList();
  }
}
