package com.quarterhour.claims;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One 835 transaction as posted: one check or EFT of one payer, known by its trace number (TRN02)
 * and the payer's identifier (TRN03). The pair is unique, so the same payment is never posted twice.
 */
@Entity
public class Remittance implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String traceNumber;
  private String payerIdentifier;
  private String payerName;
  private long paymentCents;
  private LocalDate paymentDate;
  private Instant postedAt;
  private String postedBy;
  private String postedByName;
  private int claimCount;
  private int postedCount;
  private int unmatchedCount;

  protected Remittance() {}

  Remittance(Remittance835.Payment payment, Instant postedAt, String postedBy, String postedByName) {
    this.traceNumber = payment.traceNumber();
    this.payerIdentifier = payment.payerIdentifier();
    this.payerName = payment.payerName();
    this.paymentCents = payment.paymentCents();
    this.paymentDate = payment.paymentDate();
    this.postedAt = postedAt;
    this.postedBy = postedBy;
    this.postedByName = postedByName;
  }

  /** What posting its claims came to. */
  void tally(int claims, int posted, int unmatched) {
    this.claimCount = claims;
    this.postedCount = posted;
    this.unmatchedCount = unmatched;
  }

  public Long getId() { return id; }
  public String getTraceNumber() { return traceNumber; }
  public String getPayerName() { return payerName; }
  public long getPaymentCents() { return paymentCents; }
  public LocalDate getPaymentDate() { return paymentDate; }
  public Instant getPostedAt() { return postedAt; }
  public String getPostedByName() { return postedByName; }
  public int getClaimCount() { return claimCount; }
  public int getPostedCount() { return postedCount; }
  public int getUnmatchedCount() { return unmatchedCount; }
}
