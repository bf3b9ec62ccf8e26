package com.quarterhour.claims;

import static com.quarterhour.shared.TypedText.requireText;
import static com.quarterhour.shared.TypedText.trim;

import com.quarterhour.identity.Clinician;
import com.quarterhour.identity.ClinicianDirectory;
import com.quarterhour.identity.Roles;
import com.quarterhour.shared.AuditText;
import com.quarterhour.visit.Visit;
import com.quarterhour.visit.VisitChanges;
import com.quarterhour.visit.VisitRefusedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends a billed visit back through review to correct its claim, or asks to void it. Either way the
 * claim that then goes out quotes the payer's number for the claim billed before (REF*F8), so the
 * payer must have answered that claim first. The visit's and the claim's histories both say who and why.
 */
@Stateless
public class ClaimCorrections {

  @PersistenceContext private EntityManager em;
  @Inject private ClinicianDirectory clinicians;
  @Inject private VisitChanges visitChanges;

  /** The coder reopens the visit and holds it in review; approval sends a replacement claim (frequency 7). */
  @RolesAllowed(Roles.CODER)
  public void correct(Long visitId, String reason) throws BillingException {
    resubmit(visitId, reason, "CORRECTION_OPENED", "reopened for correction", Visit::reopenForCorrection);
  }

  /** The coder asks to cancel the visit's claim; a supervisor's approval sends a void claim (frequency 8). */
  @RolesAllowed(Roles.CODER)
  public void requestVoid(Long visitId, String reason) throws BillingException {
    resubmit(visitId, reason, "VOID_REQUESTED", "void requested", Visit::requestVoid);
  }

  private void resubmit(Long visitId, String reason, String action, String what, Step step)
      throws BillingException {
    String why = trim(reason);
    List<String> problems = new ArrayList<>();
    requireText("Reason", why, AuditText.MAX, problems);
    if (!problems.isEmpty()) {
      throw new BillingException(problems.get(0));
    }
    Visit visit = visitId == null ? null : em.find(Visit.class, visitId, LockModeType.PESSIMISTIC_WRITE);
    if (visit == null) {
      throw new NoSuchBillingRecordException("There is no visit " + visitId + ".");
    }
    List<Claim> claims = em.createQuery("select c from Claim c where c.visit.id = :visit order by c.id desc", Claim.class)
        .setParameter("visit", visitId).setMaxResults(1).getResultList();
    if (claims.isEmpty() || !Visit.BILLED_OR_ANSWERED.contains(visit.getStatus())) {
      throw new BillingException("Visit " + visitId + " is " + visit.getStatus().label().toLowerCase(java.util.Locale.ROOT)
          + ": only a billed visit's claim is corrected or voided.");
    }
    Claim billed = claims.get(0);
    if (billed.getPayerClaimNumber() == null) {
      throw new BillingException("Claim " + billed.getPatientControlNumber() + " has no answer from " + billed.getPayer().getName()
          + " yet: a correction or void quotes the payer's claim number from its 835, so post that first.");
    }
    Clinician coder = clinicians.currentClinician();
    try {
      step.apply(visit, coder, why);
    } catch (VisitRefusedException refused) {
      throw new BillingException("Visit " + visitId + ": " + refused.getMessage() + ".");
    }
    visit.touch(coder.getDisplayName());
    visitChanges.publish(visit);
    em.persist(new ClaimEvent(billed.getId(), Instant.now(), coder.getUsername(), coder.getDisplayName(), action,
        "visit " + what + ": " + why));
  }

  /** The visit's own transition: it checks its state and that the coder did not treat it. */
  @FunctionalInterface
  private interface Step {
    void apply(Visit visit, Clinician coder, String reason);
  }
}
