package com.quarterhour.identity;

import com.quarterhour.shared.Npi;
import com.quarterhour.shared.RefusedException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Optional;

/**
 * Finds the clinician record of the logged-in Keycloak user, and keeps what the clinicians are as
 * providers (credential, NPI).
 */
@Stateless
@PermitAll
public class ClinicianDirectory {

  /** The caller's name when nobody is logged in (start-up work). */
  public static final String ANONYMOUS = "anonymous";

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Resource private TransactionSynchronizationRegistry transaction;

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
  @RolesAllowed({Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public List<Clinician> therapists() {
    return em.createQuery("select c from Clinician c where c.discipline is not null order by c.displayName", Clinician.class)
        .getResultList();
  }

  /** Who wrote a line of an audit trail: a Keycloak user name and the name people read. */
  public record Author(String username, String name) {}

  /**
   * The caller as the author of an audit line, from the security context: their clinician name,
   * or "Quarterhour (system)" for start-up work when nobody is logged in.
   */
  public Author callerAsAuthor() {
    String username = callerName();
    // Kept for the transaction: a batch of 5,000 claims writes 5,000 history lines by one author.
    boolean inTransaction = transaction.getTransactionKey() != null;
    String key = "quarterhour.author:" + username;
    if (inTransaction && transaction.getResource(key) instanceof Author known) {
      return known;
    }
    Author author = authorNamed(username);
    if (inTransaction) {
      transaction.putResource(key, author);
    }
    return author;
  }

  private Author authorNamed(String username) {
    Optional<Clinician> caller = findByUsername(username);
    if (caller.isEmpty() && ANONYMOUS.equals(username)) {
      return new Author(SYSTEM, "Quarterhour (system)");
    }
    return new Author(username, caller.map(Clinician::getDisplayName).orElse(username));
  }

  /** Who acted when nobody is logged in: start-up work such as the demo data. */
  public static final String SYSTEM = "system";

  /** Clinicians with the assistant credential of the discipline (PTA for PT, COTA for OT), by name. */
  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public List<Clinician> assistants(com.quarterhour.rules.Discipline discipline) {
    List<Credential> credentials = java.util.Arrays.stream(Credential.values())
        .filter(c -> c.isAssistant() && c.discipline() == discipline).toList();
    if (credentials.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select c from Clinician c where c.credential in :credentials order by c.displayName, c.id", Clinician.class)
        .setParameter("credentials", credentials)
        .getResultList();
  }

  /** Display name of the caller for the page header; the user name when no record exists. */
  public String displayName() {
    String username = callerName();
    return findByUsername(username).map(Clinician::getDisplayName).orElse(username);
  }

  /** The largest page of clinicians a caller can ask for. */
  public static final int MAX_PAGE = 100;

  /** A page of every clinician (treating or not), by name: the admin's list of providers. */
  @RolesAllowed(Roles.ADMIN)
  public List<Clinician> clinicians(int first, int size) {
    return em.createQuery("select c from Clinician c order by c.displayName, c.id", Clinician.class)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, Math.min(size, MAX_PAGE)))
        .getResultList();
  }

  @RolesAllowed(Roles.ADMIN)
  public long countClinicians() {
    return em.createQuery("select count(c) from Clinician c", Long.class).getSingleResult();
  }

  /**
   * The admin records what a clinician is licensed as and their NPI. Refused, with the sentence
   * the page shows, when the NPI fails its check digit or is another clinician's, or when someone
   * saved the clinician since the page read it ({@code version}); then nothing changes.
   */
  @RolesAllowed(Roles.ADMIN)
  public Clinician describeProvider(Long clinicianId, long version, Credential credential, String npi) throws RefusedException {
    Clinician clinician = clinicianId == null ? null : em.find(Clinician.class, clinicianId, LockModeType.PESSIMISTIC_WRITE);
    if (clinician == null) {
      throw new RefusedException("There is no clinician " + clinicianId + ".");
    }
    if (clinician.getVersion() != version) {
      throw new RefusedException(clinician.getDisplayName() + " was changed by someone else since you opened the list; reload it.");
    }
    String wanted = Npi.clean(npi);
    if (wanted != null) {
      List<Clinician> holders = em.createQuery("select c from Clinician c where c.npi = :npi and c.id <> :id", Clinician.class)
          .setParameter("npi", wanted).setParameter("id", clinicianId).getResultList();
      if (!holders.isEmpty()) {
        throw new RefusedException("NPI: " + wanted + " is already " + holders.get(0).getDisplayName() + "'s; an NPI belongs to one person.");
      }
    }
    try {
      clinician.describeAsProvider(credential, wanted);
    } catch (IllegalArgumentException e) {
      throw new RefusedException(e.getMessage());
    }
    return clinician;
  }
}
