package com.quarterhour.visit;

/**
 * Why a visit that has been billed is on its way to the payer again: its claim is being corrected
 * (the payer gets a replacement, frequency 7) or cancelled (a void, frequency 8).
 */
public enum Resubmission {
  CORRECTION("Correction of the billed claim", '7'),
  VOID("Void of the billed claim", '8');

  private final String label;
  private final char claimFrequency;

  Resubmission(String label, char claimFrequency) {
    this.label = label;
    this.claimFrequency = claimFrequency;
  }

  public String label() {
    return label;
  }

  /** The 837P's claim frequency code (CLM05-3) for the claim this resubmission sends. */
  public char claimFrequency() {
    return claimFrequency;
  }
}
