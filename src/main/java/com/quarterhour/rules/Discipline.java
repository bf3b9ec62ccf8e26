package com.quarterhour.rules;

/**
 * Therapy discipline of a plan of care; Medicare marks every line of it with the discipline's
 * modifier. This is the one place that maps a discipline to GP, GO or GN.
 */
public enum Discipline {
  PT("Physical therapy", "GP"),
  OT("Occupational therapy", "GO"),
  SLP("Speech-language pathology", "GN");

  private final String label;
  private final String modifier;

  Discipline(String label, String modifier) {
    this.label = label;
    this.modifier = modifier;
  }

  public String label() {
    return label;
  }

  /** GP (PT), GO (OT) or GN (SLP). */
  public String modifier() {
    return modifier;
  }

  /** The discipline's modifier, or "GP, GO or GN" when the discipline is not known. */
  public static String modifierOf(Discipline discipline) {
    return discipline == null ? "GP, GO or GN" : discipline.modifier;
  }
}
