package com.quarterhour.claims;

import com.quarterhour.identity.ClinicianDirectory;
import com.quarterhour.identity.Roles;
import com.quarterhour.rules.Money;
import com.quarterhour.visit.Visit;
import com.quarterhour.visit.VisitChanges;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Posts a payer's 835: each claim payment (CLP) to the claim with its patient control number, each
 * service payment (SVC) to the line with its REF*6R line control number — paid amount, allowed
 * amount, adjustments by group and reason, remark codes, the patient's part — and the claim's and
 * visit's new state. A transaction whose trace number was posted before is skipped whole; what
 * matches nothing is kept and listed. One database transaction per file: a file refused at any
 * segment leaves nothing posted.
 */
@Stateless
public class RemittancePosting {

  /** Schemas are read once; the reader keeps no state between files. */
  private static final X12RemittanceReader READER = new X12RemittanceReader();
  /** The persistence context is emptied this often, so a 5,000-claim file posts in flat memory. */
  private static final int CLAIMS_PER_FLUSH = 200;
  /** The outcome names this many unmatched items; the rest are counted and kept with the remittance. */
  private static final int NAMED_UNMATCHED = 50;

  @PersistenceContext private EntityManager em;
  @Inject private ClinicianDirectory clinicians;
  @Inject private VisitChanges visitChanges;

  /**
   * What posting a file did.
   *
   * @param claims claim payments in the file
   * @param posted claim payments posted to their claims
   * @param unmatched claims and lines that matched nothing (kept with the remittance)
   * @param duplicate every transaction of the file had been posted before (nothing changed)
   * @param unmatchedItems the first unmatched items in words
   * @param remittanceIds the remittances the file's new transactions became
   */
  public record Outcome(int claims, int posted, int unmatched, boolean duplicate, List<String> unmatchedItems, List<Long> remittanceIds)
      implements Serializable {}

  @RolesAllowed({Roles.CODER, Roles.ADMIN, Roles.INTEGRATION})
  public Outcome post(InputStream file) throws BillingException {
    // One file at a time, clinic-wide: the same 835 uploaded twice at once is then posted once.
    if (em.find(ClinicSettings.class, ClinicSettings.ID, LockModeType.PESSIMISTIC_WRITE) == null) {
      throw new BillingException("The clinic's billing details are not set yet, so no claim has gone out to be paid.");
    }
    // Nothing read while posting depends on this file's unflushed changes (a re-answered claim
    // flushes before its bulk delete), so a lookup must not flush: statements then go in JDBC batches.
    em.setFlushMode(FlushModeType.COMMIT);
    Posting posting = new Posting(clinicians.callerAsAuthor(), Instant.now());
    try {
      READER.read(file, posting);
    } catch (RemittanceFileException e) {
      throw new BadRemittanceException("The 835 was not posted: " + e.getMessage() + ".");
    }
    posting.finishTransaction();
    em.flush();
    em.setFlushMode(FlushModeType.AUTO);
    return new Outcome(posting.claims, posting.posted, posting.unmatched, posting.transactions > 0 && posting.transactions == posting.duplicates,
        List.copyOf(posting.named), List.copyOf(posting.remittanceIds));
  }

  /** One file being posted. */
  private final class Posting implements Remittance835.Handler {
    private final ClinicianDirectory.Author author;
    private final Instant now;
    private Long remittanceId;
    private int transactions;
    private int duplicates;
    private int claims;
    private int posted;
    private int unmatched;
    private int claimsInTransaction;
    private int postedInTransaction;
    private int unmatchedInTransaction;
    private final List<String> named = new ArrayList<>();
    private final List<Long> remittanceIds = new ArrayList<>();

    Posting(ClinicianDirectory.Author author, Instant now) {
      this.author = author;
      this.now = now;
    }

    @Override
    public boolean payment(Remittance835.Payment payment) {
      finishTransaction();
      transactions++;
      boolean seen = !em.createQuery("select r.id from Remittance r where r.payerIdentifier = :payer and r.traceNumber = :trace", Long.class)
          .setParameter("payer", payment.payerIdentifier())
          .setParameter("trace", payment.traceNumber())
          .getResultList().isEmpty();
      if (seen) {
        duplicates++;
        return false;
      }
      Remittance remittance = new Remittance(payment, now, author.username(), author.name());
      em.persist(remittance);
      remittanceId = remittance.getId();
      remittanceIds.add(remittanceId);
      return true;
    }

    @Override
    public void claim(Remittance835.ClaimPayment payment) {
      claims++;
      claimsInTransaction++;
      List<Claim> found = em.createQuery("select distinct c from Claim c join fetch c.lines join fetch c.visit"
              + " where c.patientControlNumber = :pcn", Claim.class)
          .setParameter("pcn", payment.patientControlNumber())
          .getResultList();
      if (found.isEmpty()) {
        unmatched(payment, null, "no claim has this patient control number.");
      } else if ("22".equals(payment.statusCode())) {
        unmatched(payment, null, "a reversal of an earlier payment (CLP02 22) is posted by hand.");
      } else {
        post(found.get(0), payment);
      }
      if (claimsInTransaction % CLAIMS_PER_FLUSH == 0) {
        em.flush();
        em.clear();
      }
    }

    private void post(Claim claim, Remittance835.ClaimPayment payment) {
      posted++;
      postedInTransaction++;
      // A claim answered again (a later 835 adjusting it) keeps only the newest answer's adjustments.
      if (claim.getPaidCents() != null) {
        em.flush();
        em.createQuery("delete from ClaimAdjustment a where a.claimId = :claim").setParameter("claim", claim.getId()).executeUpdate();
      }
      claim.post(payment, remittanceId);
      for (Remittance835.Adjustment adjustment : payment.adjustments()) {
        em.persist(new ClaimAdjustment(claim.getId(), null, remittanceId, adjustment));
      }
      for (Remittance835.ServicePayment service : payment.services()) {
        ClaimLine line = claim.getLines().stream()
            .filter(l -> l.getLineControlNumber().equals(service.lineControlNumber()))
            .findFirst().orElse(null);
        if (line == null) {
          unmatched(payment, service, service.lineControlNumber() == null
              ? "the service line has no line control number (REF*6R)."
              : "no line of claim " + claim.getPatientControlNumber() + " has this line control number.");
          continue;
        }
        line.post(service);
        for (Remittance835.Adjustment adjustment : service.adjustments()) {
          em.persist(new ClaimAdjustment(claim.getId(), line.getId(), remittanceId, adjustment));
        }
      }
      String detail = claim.getStatus().label() + " " + Money.usd(payment.paidCents()) + " of " + Money.usd(claim.getTotalCents())
          + (payment.patientResponsibilityCents() > 0 ? ", patient owes " + Money.usd(payment.patientResponsibilityCents()) : "")
          + (payment.payerClaimNumber() == null ? "" : ", payer claim " + payment.payerClaimNumber());
      Visit visit = claim.getVisit();
      // A replaced or voided claim, or one whose visit is being corrected or voided, keeps the answer
      // on the claim only: the visit's state belongs to the claim that takes its place.
      boolean speaksForVisit = !claim.getStatus().isSuperseded() && Visit.BILLED_OR_ANSWERED.contains(visit.getStatus());
      em.persist(new ClaimEvent(claim.getId(), now, author.username(), author.name(), "REMITTED",
          speaksForVisit ? detail : detail + " (the visit is " + visit.getStatus().label().toLowerCase(java.util.Locale.ROOT)
              + "; its state is left as it is)"));
      if (speaksForVisit) {
        visit.remitted(visitOutcome(claim, payment), "claim " + claim.getPatientControlNumber() + ", " + detail);
        visit.touch(author.name());
        visitChanges.publish(visit);
      }
    }

    /**
     * What the visit is now: its claim's state, except after a secondary claim, where what the
     * primary paid counts too (the secondary billed only the balance the primary left).
     */
    private com.quarterhour.visit.VisitStatus visitOutcome(Claim claim, Remittance835.ClaimPayment payment) {
      if (!claim.isSecondary()) {
        return claim.getStatus().visitStatus();
      }
      Long paidBefore = em.createQuery("select sum(c.paidCents) from Claim c where c.visit.id = :visit and c.id <> :claim"
              + " and c.status not in :superseded", Long.class)
          .setParameter("visit", claim.getVisit().getId())
          .setParameter("claim", claim.getId())
          .setParameter("superseded", ClaimStatus.SUPERSEDED)
          .getSingleResult();
      long before = paidBefore == null ? 0 : paidBefore;
      return ClaimStatus.answered(claim.getTotalCents(), before + payment.paidCents(), payment.patientResponsibilityCents(),
          payment.denied() && before == 0).visitStatus();
    }

    private void unmatched(Remittance835.ClaimPayment payment, Remittance835.ServicePayment service, String reason) {
      unmatched++;
      unmatchedInTransaction++;
      RemittanceUnmatched item = service == null
          ? new RemittanceUnmatched(remittanceId, payment.segment(), payment.patientControlNumber(), null, null, payment.chargeCents(),
              payment.paidCents(), reason)
          : new RemittanceUnmatched(remittanceId, service.segment(), payment.patientControlNumber(), service.lineControlNumber(),
              service.code(), service.chargeCents(), service.paidCents(), reason);
      em.persist(item);
      if (named.size() < NAMED_UNMATCHED) {
        named.add(item.describe());
      } else if (named.size() == NAMED_UNMATCHED) {
        named.add("More unmatched items are listed with the remittance.");
      }
    }

    /** The transaction's tally goes on its remittance row once its last claim is posted. */
    void finishTransaction() {
      if (remittanceId != null) {
        em.find(Remittance.class, remittanceId).tally(claimsInTransaction, postedInTransaction, unmatchedInTransaction);
      }
      remittanceId = null;
      claimsInTransaction = postedInTransaction = unmatchedInTransaction = 0;
    }
  }
}
