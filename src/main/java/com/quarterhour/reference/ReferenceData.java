package com.quarterhour.reference;

import com.quarterhour.identity.Roles;
import com.quarterhour.shared.LikePattern;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The clinic's patients and payers: searched, paged and counted in the database, since a clinic
 * group has tens of thousands of patients.
 */
@Stateless
@RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
public class ReferenceData {

  /** How many patients a search offers at most: enough to choose from, few enough to read. */
  public static final int SEARCH_LIMIT = 20;

  /** The most rows one page may ask for. */
  public static final int MAX_PAGE = 100;

  /** The patient columns a list may sort by. */
  static final Map<String, String> PATIENT_SORTS = Map.of(
      "mrn", "p.mrn",
      "lastName", "p.lastName",
      "dateOfBirth", "p.dateOfBirth");

  @PersistenceContext private EntityManager em;

  /**
   * Patients whose last name, first name or MRN contains the text (any case), best first, for the
   * entry form's patient search. "whitfield, ada" searches the last name and then the first name.
   */
  public List<PatientChoice> findPatients(String text) {
    String typed = text == null ? "" : text.trim();
    if (typed.isEmpty()) {
      return List.of();
    }
    return patientQuery("select p", typed, " order by p.lastName, p.firstName, p.mrn", Patient.class)
        .setMaxResults(SEARCH_LIMIT)
        .getResultStream()
        .map(p -> new PatientChoice(p.getId(), p.getDisplayName()))
        .toList();
  }

  public Optional<PatientChoice> patientChoice(Long id) {
    Patient p = id == null ? null : em.find(Patient.class, id);
    return Optional.ofNullable(p).map(x -> new PatientChoice(x.getId(), x.getDisplayName()));
  }

  /**
   * One page of the patients, all or those matching a search as in {@link #findPatients}.
   *
   * @param sortField a key of {@link #PATIENT_SORTS}, or null for name order
   */
  @RolesAllowed(Roles.ADMIN)
  public List<Patient> patients(String search, int first, int size, String sortField, boolean ascending) {
    String sort = sortField == null ? null : PATIENT_SORTS.get(sortField);
    String order = sort == null ? " order by p.lastName, p.firstName, p.mrn, p.id"
        : " order by " + sort + (ascending ? " asc" : " desc") + ", p.id";
    return patientQuery("select p", search, order, Patient.class)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.min(Math.max(1, size), MAX_PAGE))
        .getResultList();
  }

  @RolesAllowed(Roles.ADMIN)
  public long countPatients(String search) {
    return patientQuery("select count(p)", search, "", Long.class).getSingleResult();
  }

  /** Every payer, by name: a clinic contracts with a few dozen at most. */
  public List<Payer> payers() {
    return em.createQuery("select p from Payer p order by p.name", Payer.class).getResultList();
  }

  @RolesAllowed(Roles.ADMIN)
  public List<Payer> payers(int first, int size) {
    return em.createQuery("select p from Payer p order by p.name, p.id", Payer.class)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.min(Math.max(1, size), MAX_PAGE))
        .getResultList();
  }

  @RolesAllowed(Roles.ADMIN)
  public long countPayers() {
    return em.createQuery("select count(p) from Payer p", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> patientQuery(String select, String search, String order, Class<T> type) {
    String typed = search == null ? "" : search.trim();
    if (typed.isEmpty()) {
      return em.createQuery(select + " from Patient p" + order, type);
    }
    String[] parts = typed.split("\\s*,\\s*", 2);
    String first = parts.length > 1 && !parts[1].isBlank() ? LikePattern.contains(parts[1]) : "%";
    return em.createQuery(select + " from Patient p where (lower(p.lastName) like :last and lower(p.firstName) like :first)"
                + " or lower(p.firstName) like :any or lower(p.mrn) like :any" + order, type)
        .setParameter("last", LikePattern.contains(parts[0]))
        .setParameter("first", first)
        .setParameter("any", LikePattern.contains(typed));
  }
}
