package com.quarterhour.claims;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A claim or line of an 835 that could not be posted, kept with why so that it is worked by hand, never dropped. */
@Entity
public class RemittanceUnmatched implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long remittanceId;
  private int segmentPosition;
  private String patientControlNumber;
  private String lineControlNumber;
  private String code;
  private long chargeCents;
  private long paidCents;
  private String reason;

  protected RemittanceUnmatched() {}

  RemittanceUnmatched(Long remittanceId, int segmentPosition, String patientControlNumber, String lineControlNumber, String code,
      long chargeCents, long paidCents, String reason) {
    this.remittanceId = remittanceId;
    this.segmentPosition = segmentPosition;
    this.patientControlNumber = patientControlNumber;
    this.lineControlNumber = lineControlNumber;
    this.code = code;
    this.chargeCents = chargeCents;
    this.paidCents = paidCents;
    this.reason = reason;
  }

  /** One sentence for the person posting: where in the file, what, and why it was not posted. */
  public String describe() {
    return "Segment " + segmentPosition + ": claim " + patientControlNumber
        + (lineControlNumber != null || code != null ? ", line " + (lineControlNumber != null ? lineControlNumber : code) : "")
        + " — " + reason;
  }

  public Long getId() { return id; }
  public int getSegmentPosition() { return segmentPosition; }
  public String getCode() { return code; }
  public long getChargeCents() { return chargeCents; }
  public Long getRemittanceId() { return remittanceId; }
  public String getPatientControlNumber() { return patientControlNumber; }
  public String getLineControlNumber() { return lineControlNumber; }
  public long getPaidCents() { return paidCents; }
  public String getReason() { return reason; }
}
