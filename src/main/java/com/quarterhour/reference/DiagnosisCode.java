package com.quarterhour.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An ICD-10-CM code a plan of care may name, kept with its dot (M54.50). */
@Entity
public class DiagnosisCode {

  @Id private String code;

  /** False for a heading (M54.5): a claim must carry a code valid for billing. */
  private boolean billable;

  private String description;

  protected DiagnosisCode() {}

  public DiagnosisCode(String code, boolean billable, String description) {
    this.code = code;
    this.billable = billable;
    this.description = description;
  }

  public String getCode() {
    return code;
  }

  public boolean isBillable() {
    return billable;
  }

  public String getDescription() {
    return description;
  }
}
