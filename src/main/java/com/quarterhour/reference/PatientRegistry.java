package com.quarterhour.reference;

import com.quarterhour.identity.ClinicianDirectory;
import com.quarterhour.identity.Roles;
import com.quarterhour.shared.RefusedException;
import com.quarterhour.shared.ClinicCalendar;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The front desk (admin) registers patients, edits their demographics and records their insurance
 * policies. Every change writes the patient's history in the same transaction, authored by the
 * caller the container authenticated; a refused change names each bad field and saves nothing.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class PatientRegistry {

  @PersistenceContext private EntityManager em;
  @Inject private ClinicianDirectory clinicians;
  @Inject private ClinicCalendar calendar;

  /** Registers a patient; returns the new patient's id. */
  public Long register(PatientDetails typed) throws RefusedException {
    PatientDetails details = checked(typed, null);
    Patient patient = new Patient(details);
    try {
      em.persist(patient);
      em.flush();
    } catch (PersistenceException registeredMeanwhile) {
      // another admin took the MRN between the check and the insert
      throw new RefusedException("MRN: " + details.mrn() + " was given to another patient a moment ago; choose another.");
    }
    record(patient.getId(), "Registered", null, patient.getDisplayName());
    return patient.getId();
  }

  /**
   * Changes a patient's demographics; one history line per changed field. Refused when someone
   * saved the patient since the form was read ({@code version}).
   *
   * @return how many fields changed
   */
  public int update(Long patientId, long version, PatientDetails typed) throws RefusedException {
    Patient patient = locked(patientId);
    if (patient.getVersion() != version) {
      throw new RefusedException(patient.getFullName() + " was changed by someone else since you opened the form; reload the chart.");
    }
    PatientDetails details = checked(typed, patientId);
    Map<String, String> before = patient.details().asFields();
    Map<String, String> after = details.asFields();
    int changed = 0;
    for (var field : after.entrySet()) {
      String old = before.get(field.getKey());
      if (!Objects.equals(old, field.getValue())) {
        record(patientId, field.getKey(), old, field.getValue());
        changed++;
      }
    }
    if (changed > 0) {
      patient.apply(details);
    }
    return changed;
  }

  /**
   * Adds an insurance policy in its place of the order. Refused when a policy of the patient in
   * the same place covers any of its days (end that one first), or a field is missing or bad.
   */
  public Long addPolicy(NewPolicy typed) throws RefusedException {
    NewPolicy p = typed.cleaned();
    List<String> problems = new java.util.ArrayList<>(p.problems());
    Payer payer = p.payerId() == null ? null : em.find(Payer.class, p.payerId());
    if (p.payerId() != null && payer == null) {
      problems.add("Payer: there is no payer " + p.payerId() + ".");
    }
    if (!problems.isEmpty()) {
      throw new RefusedException(String.join(" ", problems));
    }
    // The lock makes two admins adding a primary at once take turns, so the check below holds.
    Patient patient = locked(p.patientId());
    for (InsurancePolicy other : InsurancePolicy.ofPatient(em, patient.getId())) {
      if (other.getPosition() == p.position() && other.overlaps(p.effectiveFrom(), p.effectiveThrough())) {
        throw new RefusedException("Order: " + other.summary() + " is already the patient's "
            + other.getPlace().toLowerCase(java.util.Locale.ROOT) + " on some of these days; end it first.");
      }
    }
    InsurancePolicy policy = new InsurancePolicy(patient, payer, p);
    em.persist(policy);
    em.flush();
    record(patient.getId(), "Insurance added", null, policy.summary());
    return policy.getId();
  }

  /** Ends a policy on the day given (its last covered day). */
  public void endPolicy(Long policyId, LocalDate lastDay) throws RefusedException {
    InsurancePolicy policy = policyId == null ? null : em.find(InsurancePolicy.class, policyId);
    if (policy == null) {
      throw new RefusedException("There is no insurance policy " + policyId + ".");
    }
    locked(policy.getPatient().getId());
    if (lastDay == null) {
      throw new RefusedException("Last day: required.");
    }
    if (lastDay.isBefore(policy.getEffectiveFrom())) {
      throw new RefusedException("Last day: before the policy's first day (" + policy.getEffectiveFrom() + ").");
    }
    String before = policy.summary();
    policy.endOn(lastDay);
    record(policy.getPatient().getId(), "Insurance ended", before, policy.summary());
  }

  private PatientDetails checked(PatientDetails typed, Long patientId) throws RefusedException {
    PatientDetails details = typed.cleaned();
    List<String> problems = new java.util.ArrayList<>(details.problems(calendar.today()));
    if (!details.mrn().isEmpty()) {
      em.createQuery("select p.id from Patient p where p.mrn = :mrn", Long.class).setParameter("mrn", details.mrn())
          .getResultStream().filter(id -> !id.equals(patientId)).findFirst()
          .ifPresent(id -> problems.add("MRN: " + details.mrn() + " is another patient's."));
    }
    if (!problems.isEmpty()) {
      throw new RefusedException(String.join(" ", problems));
    }
    return details;
  }

  private Patient locked(Long patientId) throws RefusedException {
    Patient patient = patientId == null ? null : em.find(Patient.class, patientId, LockModeType.PESSIMISTIC_WRITE);
    if (patient == null) {
      throw new RefusedException("There is no patient " + patientId + ".");
    }
    return patient;
  }

  private void record(Long patientId, String subject, String oldValue, String newValue) {
    ClinicianDirectory.Author author = clinicians.callerAsAuthor();
    em.persist(new PatientEvent(patientId, author.username(), author.name(), subject, oldValue, newValue));
  }
}
