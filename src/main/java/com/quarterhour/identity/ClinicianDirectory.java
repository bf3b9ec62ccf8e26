package com.quarterhour.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Finds the clinician record of the logged-in Keycloak user. */
@Stateless
@PermitAll
public class ClinicianDirectory {

  /** The caller's name when nobody is logged in (start-up work). */
  public static final String ANONYMOUS = "anonymous";

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;

  /** The caller's user name, as Keycloak's preferred_username. */
  public String callerName() {
    return session.getCallerPrincipal().getName();
  }

  public Optional<Clinician> findByUsername(String username) {
    return em.createQuery("select c from Clinician c where c.username = :u", Clinician.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  /**
   * The caller's record. A therapist who logs in for the first time gets one under their user
   * name, so a new Keycloak user can start documenting without an admin step.
   */
  public Clinician currentClinician() {
    String username = callerName();
    Optional<Clinician> known = findByUsername(username);
    if (known.isPresent()) {
      return known.get();
    }
    // The first requests of a new user may arrive together: each tries to register in its own
    // transaction; the one that loses on the unique user name finds the winner's record.
    try {
      session.getBusinessObject(ClinicianDirectory.class).registerCaller();
    } catch (EJBException lostTheRace) {
      // another request registered this user first
    }
    return findByUsername(username).orElseThrow(() -> new IllegalStateException("no clinician record for the caller"));
  }

  /** Registers a clinician record for the caller, committed at once. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void registerCaller() {
    String username = callerName();
    if (ANONYMOUS.equals(username)) {
      throw new IllegalStateException("nobody is logged in");
    }
    em.persist(new Clinician(username, username, null));
    em.flush();
  }

  /** Therapists (clinicians with a discipline), by name: the queue's therapist filter. */
  @jakarta.annotation.security.RolesAllowed({Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public java.util.List<Clinician> therapists() {
    return em.createQuery("select c from Clinician c where c.discipline is not null order by c.displayName", Clinician.class)
        .getResultList();
  }

  /** Display name of the caller for the page header; the user name when no record exists. */
  public String displayName() {
    String username = callerName();
    return findByUsername(username).map(Clinician::getDisplayName).orElse(username);
  }
}
