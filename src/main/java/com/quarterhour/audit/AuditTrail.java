package com.quarterhour.audit;

import com.quarterhour.identity.ClinicianDirectory;
import com.quarterhour.identity.Roles;
import com.quarterhour.visit.VisitChanged;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/**
 * Writes and reads visits' histories. Writing observes the visits' steps in the transaction of the
 * change, so a change and its history line are saved together or not at all; the author is the
 * caller the container authenticated, never a value somebody passes in. Nothing here updates or
 * deletes a line.
 */
@Stateless
public class AuditTrail {

  @PersistenceContext private EntityManager em;
  @Inject private ClinicianDirectory clinicians;
  @Resource private SessionContext session;

  /** Records a step of a visit, authored by the caller. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(@Observes VisitChanged change) {
    ClinicianDirectory.Author author = clinicians.callerAsAuthor();
    em.persist(new VisitEvent(change.visitId(), author.username(), author.name(), change.action(), change.subject(),
        change.oldValue(), change.newValue(), change.reason()));
  }

  /**
   * One page of the visit's history, oldest first, read from the database; empty when the caller
   * may not see the visit (a therapist reads only the history of visits they treated). Checked
   * here, whoever calls.
   */
  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public List<VisitEvent> historyPage(Long visitId, int first, int pageSize) {
    return visible("select e", visitId, " order by e.occurredAt, e.id", VisitEvent.class)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, Math.min(pageSize, MAX_PAGE)))
        .getResultList();
  }

  /** How many lines the visit's history has (0 when the caller may not see the visit). */
  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public long historyCount(Long visitId) {
    return visible("select count(e)", visitId, "", Long.class).getSingleResult();
  }

  /** The largest page a caller can ask for. */
  static final int MAX_PAGE = 100;

  /** The visit's lines the caller may read: a therapist with no other role, only of visits they treated. */
  private <T> TypedQuery<T> visible(String select, Long visitId, String order, Class<T> type) {
    if (Roles.seesOnlyOwnVisits(session::isCallerInRole)) {
      return em.createQuery(select + " from VisitEvent e, Visit v where v.id = e.visitId and e.visitId = :v"
                  + " and v.clinician.username = :me" + order, type)
          .setParameter("v", visitId)
          .setParameter("me", session.getCallerPrincipal().getName());
    }
    return em.createQuery(select + " from VisitEvent e where e.visitId = :v" + order, type).setParameter("v", visitId);
  }
}
