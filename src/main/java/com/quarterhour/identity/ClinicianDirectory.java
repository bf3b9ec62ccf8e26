package com.quarterhour.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
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
    return findByUsername(username)
        .orElseGet(
            () -> {
              Clinician c = new Clinician(username, username, null);
              em.persist(c);
              return c;
            });
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
