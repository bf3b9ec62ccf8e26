package com.quarterhour.rules;

/** How a payer turns timed minutes into 15-minute units (billing-rules.md section 2). */
public enum UnitMethod {
  /** CMS 8-minute rule: units from the total timed minutes, then allocated to codes. */
  CMS_TOTAL_TIME("CMS 8-minute rule (total time)"),
  /** Rule of eights: every timed code on its own minutes, minutes never pooled. */
  PER_CODE("Per-code rule of eights");

  private final String label;

  UnitMethod(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
