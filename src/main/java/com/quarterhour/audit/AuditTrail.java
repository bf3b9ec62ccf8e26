package com.quarterhour.audit;

import com.quarterhour.identity.ClinicianDirectory;
import com.quarterhour.identity.Roles;
import com.quarterhour.identity.Clinician;
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
import java.util.List;
import java.util.Optional;

/**
 * Writes and reads visits' histories. Writing observes the visits' steps in the transaction of the
 * change, so a change and its history line are saved together or not at all; the author is the
 * caller the container authenticated, never a value somebody passes in. Nothing here updates or
 * deletes a line.
 */
@Stateless
public class AuditTrail {

  /** Who acted when nobody is logged in: start-up work such as the demo data. */
  static final String SYSTEM = "system";

  @PersistenceContext private EntityManager em;
  @Inject private ClinicianDirectory clinicians;
  @Resource private SessionContext session;

  /** Records a step of a visit, authored by the caller. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(@Observes VisitChanged change) {
    String username = clinicians.callerName();
    Optional<Clinician> caller = clinicians.findByUsername(username);
    String name = caller.map(Clinician::getDisplayName).orElse(username);
    if (caller.isEmpty() && ClinicianDirectory.ANONYMOUS.equals(username)) {
      username = SYSTEM;
      name = "Quarterhour (system)";
    }
    em.persist(new VisitEvent(change.visitId(), username, name, change.action(), change.subject(),
        change.oldValue(), change.newValue(), change.reason()));
  }

  /**
   * The visit's history, oldest first; empty when the caller may not see the visit (a therapist
   * reads only the history of visits they treated). Checked here, whoever calls.
   */
  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public List<VisitEvent> historyOf(Long visitId) {
    if (Roles.seesOnlyOwnVisits(session::isCallerInRole)) {
      return em.createQuery("select e from VisitEvent e, Visit v where v.id = e.visitId and e.visitId = :v"
                  + " and v.clinician.username = :me order by e.id", VisitEvent.class)
          .setParameter("v", visitId)
          .setParameter("me", session.getCallerPrincipal().getName())
          .getResultList();
    }
    return em.createQuery("select e from VisitEvent e where e.visitId = :v order by e.id", VisitEvent.class)
        .setParameter("v", visitId)
        .getResultList();
  }
}
