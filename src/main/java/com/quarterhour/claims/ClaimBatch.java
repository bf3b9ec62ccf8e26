package com.quarterhour.claims;

import com.quarterhour.reference.Payer;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/**
 * The claims of one payer that left together in one 837P file. Its id, from a database sequence,
 * is the file's interchange and group control number: unique and increasing. The file itself is a
 * {@link ClaimBatchFile}.
 */
@Entity
public class ClaimBatch {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_batch_seq")
  @SequenceGenerator(name = "claim_batch_seq", sequenceName = "claim_batch_seq", allocationSize = 1)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "payer_id")
  private Payer payer;

  private Instant createdAt;
  private String createdBy;
  private String createdByName;
  private int claimCount;
  private long totalCents;

  protected ClaimBatch() {}

  ClaimBatch(Payer payer, Instant createdAt, String createdBy, String createdByName) {
    this.payer = payer;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
    this.createdByName = createdByName;
  }

  /** The claims are in: their count and total (set before the batch is saved; the row never has 0 claims). */
  void counted(int claimCount, long totalCents) {
    this.claimCount = claimCount;
    this.totalCents = totalCents;
  }

  public Long getId() { return id; }
  public Payer getPayer() { return payer; }
  public Instant getCreatedAt() { return createdAt; }
  public String getCreatedByName() { return createdByName; }
  public int getClaimCount() { return claimCount; }
  public long getTotalCents() { return totalCents; }
}
