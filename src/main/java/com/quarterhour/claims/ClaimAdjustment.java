package com.quarterhour.claims;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/**
 * A CAS adjustment as the payer sent it, on a line or on the claim as a whole (line null): the group
 * (CO contractual, PR patient responsibility, OA other, PI payer initiated), the reason (CARC) and amount.
 */
@Entity
public class ClaimAdjustment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_adjustment_seq")
  @SequenceGenerator(name = "claim_adjustment_seq", sequenceName = "claim_adjustment_seq", allocationSize = 50)
  private Long id;

  private Long claimId;
  private Long claimLineId;
  private Long remittanceId;
  private String groupCode;
  private String reasonCode;
  private long amountCents;

  protected ClaimAdjustment() {}

  ClaimAdjustment(Long claimId, Long claimLineId, Long remittanceId, Remittance835.Adjustment adjustment) {
    this.claimId = claimId;
    this.claimLineId = claimLineId;
    this.remittanceId = remittanceId;
    this.groupCode = adjustment.group();
    this.reasonCode = adjustment.reason();
    this.amountCents = adjustment.amountCents();
  }

  public Long getClaimId() { return claimId; }
  public Long getClaimLineId() { return claimLineId; }
  public String getGroupCode() { return groupCode; }
  public String getReasonCode() { return reasonCode; }
  public long getAmountCents() { return amountCents; }
}
