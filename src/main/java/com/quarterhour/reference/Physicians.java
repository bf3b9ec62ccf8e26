package com.quarterhour.reference;

import com.quarterhour.identity.Roles;
import com.quarterhour.shared.Npi;
import com.quarterhour.shared.RefusedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.List;

/** The physicians the clinic works with: registered by the admin, listed a page at a time. */
@Stateless
@RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
public class Physicians {

  /** The longest name part the database keeps. */
  public static final int MAX_NAME = 60;

  @PersistenceContext private EntityManager em;

  /** A page of the physicians, by name. */
  public List<Physician> page(int first, int size) {
    return em.createQuery("select p from Physician p order by p.lastName, p.firstName, p.id", Physician.class)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.min(Math.max(1, size), ReferenceData.MAX_PAGE))
        .getResultList();
  }

  public long count() {
    return em.createQuery("select count(p) from Physician p", Long.class).getSingleResult();
  }

  /**
   * Registers a physician. Refused, with every problem named by its field, when a name is missing
   * or too long, or the NPI fails its check digit or is already another physician's; then nothing
   * is saved.
   */
  @RolesAllowed(Roles.ADMIN)
  public Physician register(String lastName, String firstName, String npi) throws RefusedException {
    String last = lastName == null ? "" : lastName.strip();
    String given = firstName == null ? "" : firstName.strip();
    String number = Npi.clean(npi);
    List<String> problems = new ArrayList<>();
    name("Last name", last, problems);
    name("First name", given, problems);
    String npiProblem = Npi.problem(number);
    if (npiProblem != null) {
      problems.add("NPI: " + npiProblem + ".");
    } else {
      em.createQuery("select p from Physician p where p.npi = :npi", Physician.class).setParameter("npi", number)
          .getResultStream().findFirst()
          .ifPresent(p -> problems.add("NPI: " + number + " is already " + p.getFirstName() + " " + p.getLastName() + "'s."));
    }
    if (!problems.isEmpty()) {
      throw new RefusedException(String.join(" ", problems));
    }
    Physician physician = new Physician(last, given, number);
    try {
      em.persist(physician);
      em.flush();
    } catch (PersistenceException registeredMeanwhile) {
      // another admin registered the same NPI between the check and the insert
      throw new RefusedException("NPI: " + number + " was registered by someone else a moment ago; reload the list.");
    }
    return physician;
  }

  private static void name(String field, String value, List<String> problems) {
    if (value.isEmpty()) {
      problems.add(field + ": required.");
    } else if (value.length() > MAX_NAME) {
      problems.add(field + ": at most " + MAX_NAME + " characters (" + value.length() + " given).");
    }
  }
}
