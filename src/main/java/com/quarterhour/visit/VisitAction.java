package com.quarterhour.visit;

/** The steps a visit's history records. */
public enum VisitAction {
  CREATED("Created"),
  EDITED("Edited by the therapist"),
  SUBMITTED("Submitted"),
  CLAIMED("Claimed for coding"),
  RECODED("Changed by the coder"),
  ACKNOWLEDGED("Warning acknowledged"),
  RETURNED("Returned to therapist"),
  RESUBMITTED("Resubmitted"),
  CODED("Marked coded"),
  APPROVED("Approved — ready to bill"),
  REJECTED("Rejected back to coder"),
  BILLED("Billed — claim sent"),
  REMITTED("Payment posted"),
  CORRECTION_OPENED("Reopened to correct its claim"),
  VOID_REQUESTED("Void of its claim requested");

  private final String label;

  VisitAction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
