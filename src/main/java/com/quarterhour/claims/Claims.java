package com.quarterhour.claims;

import com.quarterhour.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;

/** Claims as billing reads them: one claim with its lines, the payer's adjustments and its history. */
@Stateless
@RolesAllowed({Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
public class Claims {

  @PersistenceContext private EntityManager em;

  /** A claim in full: lines in order, adjustments (line ones name their line), history oldest first. */
  public record ClaimDetail(Claim claim, List<ClaimAdjustment> adjustments, List<ClaimEvent> history) implements Serializable {

    /** The adjustments of one line. */
    public List<ClaimAdjustment> adjustmentsOf(ClaimLine line) {
      return adjustments.stream().filter(a -> line.getId().equals(a.getClaimLineId())).toList();
    }

    /** The payer's reasons for one line in words: its adjustments, then its remarks. */
    public List<String> reasonsOf(ClaimLine line) {
      return AdjustmentCodes.inWords(adjustmentsOf(line), line.getRemarks());
    }

    /** The payer's reasons for the claim as a whole (not for one line) in words. */
    public List<String> claimReasons() {
      return AdjustmentCodes.inWords(adjustments.stream().filter(a -> a.getClaimLineId() == null).toList(), claim.getRemarks());
    }
  }

  public ClaimDetail detail(Long claimId) throws NoSuchBillingRecordException {
    EntityGraph<Claim> whole = em.createEntityGraph(Claim.class);
    whole.addAttributeNodes("lines", "payer");
    whole.addSubgraph("visit").addAttributeNodes("patient");
    List<Claim> found = em.createQuery("select c from Claim c where c.id = :id", Claim.class)
        .setParameter("id", claimId)
        .setHint("jakarta.persistence.fetchgraph", whole)
        .getResultList();
    if (found.isEmpty()) {
      throw new NoSuchBillingRecordException("There is no claim " + claimId + ".");
    }
    List<ClaimAdjustment> adjustments = em.createQuery("select a from ClaimAdjustment a where a.claimId = :id order by a.id",
            ClaimAdjustment.class)
        .setParameter("id", claimId)
        .getResultList();
    List<ClaimEvent> history = em.createQuery("select e from ClaimEvent e where e.claimId = :id order by e.occurredAt, e.id",
            ClaimEvent.class)
        .setParameter("id", claimId)
        .getResultList();
    return new ClaimDetail(found.get(0), adjustments, history);
  }

  /** The ids of a visit's claims, oldest first (a corrected visit has more than one). */
  public List<Long> idsOfVisit(Long visitId) {
    return em.createQuery("select c.id from Claim c where c.visit.id = :visit order by c.id", Long.class)
        .setParameter("visit", visitId)
        .getResultList();
  }

  /** What a remittance could not post, in file order, a page at a time. */
  public List<RemittanceUnmatched> unmatchedOf(Long remittanceId, int first, int size) {
    return em.createQuery("select u from RemittanceUnmatched u where u.remittanceId = :r order by u.id", RemittanceUnmatched.class)
        .setParameter("r", remittanceId)
        .setFirstResult(first).setMaxResults(size)
        .getResultList();
  }

  public long unmatchedCount(Long remittanceId) {
    return em.createQuery("select count(u) from RemittanceUnmatched u where u.remittanceId = :r", Long.class)
        .setParameter("r", remittanceId)
        .getSingleResult();
  }

  /** A posted remittance, or null when there is none with this id. */
  public Remittance remittance(Long remittanceId) {
    return remittanceId == null ? null : em.find(Remittance.class, remittanceId);
  }
}
