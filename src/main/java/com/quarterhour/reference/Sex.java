package com.quarterhour.reference;

/** The patient's sex as a claim carries it (X12 DMG03, CMS-1500 box 3): F, M or U. */
public enum Sex {
  F("Female"),
  M("Male"),
  U("Unknown");

  private final String label;

  Sex(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
