package com.quarterhour.rules;

/**
 * Therapy discipline of a plan of care; Medicare marks every line of it with the discipline's
 * modifier. This is the one place that maps a discipline to GP, GO or GN.
 */
public enum Discipline {
  PT("Physical therapy", "GP", "CQ"),
  OT("Occupational therapy", "GO", "CO"),
  SLP("Speech-language pathology", "GN", null);

  private final String label;
  private final String modifier;
  private final String assistantModifier;

  Discipline(String label, String modifier, String assistantModifier) {
    this.label = label;
    this.modifier = modifier;
    this.assistantModifier = assistantModifier;
  }

  /**
   * CQ (a PT assistant furnished part of the service) or CO (an OT assistant); null for SLP, which
   * Medicare pays no assistant for.
   */
  public String assistantModifier() {
    return assistantModifier;
  }

  /**
   * The KX threshold bucket: PT and SLP share one, OT has its own (billing-rules.md section 4).
   * True for PT and SLP.
   */
  public boolean sharesPtSlpThreshold() {
    return this != OT;
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
