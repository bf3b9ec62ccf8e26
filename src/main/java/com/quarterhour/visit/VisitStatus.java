package com.quarterhour.visit;

/** Where a visit is on its way from the therapist's note to a claim. */
public enum VisitStatus {
  DRAFT("Draft"),
  SUBMITTED("Submitted"),
  IN_REVIEW("In review"),
  RETURNED("Returned to therapist"),
  CODED("Coded"),
  APPROVED("Approved"),
  REJECTED("Rejected"),
  READY_TO_BILL("Ready to bill"),
  BILLED("Billed"),
  PAID("Paid"),
  PARTIALLY_PAID("Partially paid"),
  DENIED("Denied"),
  VOIDED("Voided");

  private final String label;

  VisitStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
