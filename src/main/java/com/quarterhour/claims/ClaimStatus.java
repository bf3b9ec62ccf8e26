package com.quarterhour.claims;

import com.quarterhour.visit.VisitStatus;

/** Where a claim (and each of its lines) is once it has left: sent, then answered by the payer's remittance. */
public enum ClaimStatus {
  BILLED("Billed", VisitStatus.BILLED),
  PAID("Paid", VisitStatus.PAID),
  PARTIALLY_PAID("Partially paid", VisitStatus.PARTIALLY_PAID),
  DENIED("Denied", VisitStatus.DENIED),
  /** Superseded by a replacement claim (frequency 7): no longer owed, no longer worked. */
  REPLACED("Replaced", null),
  /** Cancelled by a void claim (frequency 8); the void claim itself is in this state too. */
  VOIDED("Voided", VisitStatus.VOIDED);

  private final String label;
  private final VisitStatus visitStatus;

  ClaimStatus(String label, VisitStatus visitStatus) {
    this.label = label;
    this.visitStatus = visitStatus;
  }

  /**
   * What a payer's answer makes of a charge: denied when the payer says so or paid nothing and left
   * nothing to the patient (the whole charge adjusted off); paid when it paid the whole charge;
   * otherwise partially paid (part paid, or the rest is the patient's: deductible, coinsurance).
   */
  public static ClaimStatus answered(long chargeCents, long paidCents, long patientCents, boolean deniedByPayer) {
    if (deniedByPayer || (paidCents <= 0 && patientCents <= 0)) {
      return DENIED;
    }
    return paidCents >= chargeCents ? PAID : PARTIALLY_PAID;
  }

  public String label() {
    return label;
  }

  /** The states of a claim something later took the place of (for queries; {@link #isSuperseded} for one claim). */
  public static final java.util.List<ClaimStatus> SUPERSEDED = java.util.List.of(REPLACED, VOIDED);

  /** Replaced or voided: a later answer from the payer is recorded on the claim but moves nothing else. */
  public boolean isSuperseded() {
    return SUPERSEDED.contains(this);
  }

  /** The visit's status while its claim is in this one (null for a replaced claim: the replacement speaks for the visit). */
  public VisitStatus visitStatus() {
    return visitStatus;
  }
}
