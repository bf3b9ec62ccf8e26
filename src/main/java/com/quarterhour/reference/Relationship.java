package com.quarterhour.reference;

/**
 * The patient's relationship to the insurance policy's subscriber, with the individual
 * relationship code an 837P carries (SBR02/PAT01: 18 self, 01 spouse, 19 child, G8 other).
 */
public enum Relationship {
  SELF("Self", "18"),
  SPOUSE("Spouse", "01"),
  CHILD("Child", "19"),
  OTHER("Other", "G8");

  private final String label;
  private final String x12Code;

  Relationship(String label, String x12Code) {
    this.label = label;
    this.x12Code = x12Code;
  }

  public String label() {
    return label;
  }

  public String x12Code() {
    return x12Code;
  }
}
