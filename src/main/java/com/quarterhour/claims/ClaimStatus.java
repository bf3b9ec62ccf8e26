package com.quarterhour.claims;

import com.quarterhour.visit.VisitStatus;

/** Where a claim (and each of its lines) is once it has left: sent, then answered by the payer's remittance. */
public enum ClaimStatus {
  BILLED("Billed", VisitStatus.BILLED),
  PAID("Paid", VisitStatus.PAID),
  PARTIALLY_PAID("Partially paid", VisitStatus.PARTIALLY_PAID),
  DENIED("Denied", VisitStatus.DENIED);

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

  /** The visit's status while its claim is in this one. */
  public VisitStatus visitStatus() {
    return visitStatus;
  }
}
