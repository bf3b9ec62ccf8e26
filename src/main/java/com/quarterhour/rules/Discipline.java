package com.quarterhour.rules;

/** Therapy discipline of a plan of care; Medicare marks it with GP, GO or GN. */
public enum Discipline {
  PT("Physical therapy"),
  OT("Occupational therapy"),
  SLP("Speech-language pathology");

  private final String label;

  Discipline(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
