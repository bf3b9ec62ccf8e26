package com.quarterhour.visit;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A coder accepted a warning as it stands: why, who, when. */
@Embeddable
public class Acknowledgement {

  private String reason;
  private String acknowledgedBy;
  private Instant acknowledgedAt;

  protected Acknowledgement() {}

  Acknowledgement(String reason, String acknowledgedBy, Instant acknowledgedAt) {
    this.reason = reason;
    this.acknowledgedBy = acknowledgedBy;
    this.acknowledgedAt = acknowledgedAt;
  }

  public String getReason() {
    return reason;
  }

  public String getAcknowledgedBy() {
    return acknowledgedBy;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }
}
