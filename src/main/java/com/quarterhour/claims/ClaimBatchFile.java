package com.quarterhour.claims;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A batch's 837P as it was written: downloads give the same bytes every time. Never changed. */
@Entity
public class ClaimBatchFile {

  @Id private Long batchId;
  private String x12;

  protected ClaimBatchFile() {}

  ClaimBatchFile(Long batchId, String x12) {
    this.batchId = batchId;
    this.x12 = x12;
  }

  public String getX12() { return x12; }
}
