package com.quarterhour.review.service;

import com.quarterhour.chart.CareHistory;
import com.quarterhour.identity.ClinicianDirectory;
import com.quarterhour.identity.Roles;
import com.quarterhour.identity.Clinician;
import com.quarterhour.visit.Visit;
import com.quarterhour.visit.VisitRefusedException;
import com.quarterhour.visit.VisitChanges;
import com.quarterhour.visit.WorkflowException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.function.Consumer;

/**
 * Moves a visit from coding to approval. Every transition is one transaction that checks the
 * caller's role (here), and the visit's state, holder and authorship (in {@link Visit}); a refused
 * transition leaves the visit as it was.
 */
@Stateless
public class VisitWorkflow {

  static final int MAX_REASON = 1000;

  @PersistenceContext private EntityManager em;
  @Inject private ClinicianDirectory clinicians;
  @Inject private VisitChanges changes;
  @Inject private CareHistory careHistory;

  /**
   * Takes a submitted visit off the queue. The row is locked while the claim is decided, so of two
   * coders clicking at once exactly one wins and the other is told who holds it.
   */
  @RolesAllowed(Roles.CODER)
  public void claim(Long visitId) throws WorkflowException {
    Clinician coder = clinicians.currentClinician();
    apply(locked(visitId), visitId, coder, v -> v.claim(coder));
  }

  @RolesAllowed(Roles.CODER)
  public void returnToTherapist(Long visitId, String question) throws WorkflowException {
    String text = reason("Question for the therapist", question);
    Clinician coder = clinicians.currentClinician();
    apply(locked(visitId), visitId, coder, v -> v.returnToTherapist(coder, text));
  }

  @RolesAllowed(Roles.CODER)
  public void markCoded(Long visitId) throws WorkflowException {
    Clinician coder = clinicians.currentClinician();
    // The verdict is taken afresh: a catalog or table update since the last save counts too.
    apply(locked(visitId), visitId, coder, v -> {
      careHistory.rescore(v);
      v.markCoded(coder);
    });
  }

  @RolesAllowed(Roles.SUPERVISOR)
  public void approve(Long visitId) throws WorkflowException {
    Clinician supervisor = clinicians.currentClinician();
    apply(locked(visitId), visitId, supervisor, v -> v.approve(supervisor));
  }

  /**
   * Approves a visit only if the engine finds no warnings on it, acknowledged or not: what bulk
   * approval may sign without the supervisor reading the visit.
   */
  @RolesAllowed(Roles.SUPERVISOR)
  public void approveWithoutWarnings(Long visitId) throws WorkflowException {
    Clinician supervisor = clinicians.currentClinician();
    apply(locked(visitId), visitId, supervisor, v -> v.approveWithoutWarnings(supervisor));
  }

  @RolesAllowed(Roles.SUPERVISOR)
  public void reject(Long visitId, String reason) throws WorkflowException {
    String text = reason("Reason for the coder", reason);
    Clinician supervisor = clinicians.currentClinician();
    apply(locked(visitId), visitId, supervisor, v -> v.reject(supervisor, text));
  }

  private Visit locked(Long visitId) {
    return visitId == null ? null : em.find(Visit.class, visitId, LockModeType.PESSIMISTIC_WRITE);
  }

  /** Runs a transition; when the visit allows it, stamps it and publishes its step for the history. */
  private void apply(Visit visit, Long visitId, Clinician by, Consumer<Visit> transition) throws WorkflowException {
    if (visit == null) {
      throw new WorkflowException("Visit " + visitId + " does not exist.");
    }
    boolean counted = visit.countsTowardYearToDate();
    try {
      transition.accept(visit);
    } catch (VisitRefusedException refused) {
      throw new WorkflowException("Visit " + visitId + ": " + refused.getMessage() + ".");
    }
    visit.touch(by.getDisplayName());
    changes.publish(visit);
    if (counted != visit.countsTowardYearToDate()) {
      // Rejected (or claimed again after a rejection): the patient's later visits count it differently.
      careHistory.rescoreLaterVisits(visit.getPatient().getId(), visit.getPayer().getId(), visit.getDiscipline(),
          visit.getDateOfService(), visitId);
    }
  }

  static String reason(String field, String text) throws WorkflowException {
    if (text == null || text.isBlank()) {
      throw new WorkflowException(field + ": a reason is required.");
    }
    if (text.length() > MAX_REASON) {
      throw new WorkflowException(field + ": at most " + MAX_REASON + " characters.");
    }
    return text.trim();
  }
}
