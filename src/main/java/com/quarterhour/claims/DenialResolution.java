package com.quarterhour.claims;

/** What a coder did about a denied line, which takes it out of the denial queue. */
public enum DenialResolution {
  APPEALED("Appealed to the payer"),
  WRITTEN_OFF("Written off by the clinic"),
  PATIENT_BILLED("Billed to the patient");

  private final String label;

  DenialResolution(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
