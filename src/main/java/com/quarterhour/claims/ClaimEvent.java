package com.quarterhour.claims;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/** One step in a claim's history: who, when, what. Written in the transaction of the step, never changed. */
@Entity
public class ClaimEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_event_seq")
  @SequenceGenerator(name = "claim_event_seq", sequenceName = "claim_event_seq", allocationSize = 50)
  private Long id;

  private Long claimId;
  private Instant occurredAt;
  private String actor;
  private String actorName;
  private String action;
  private String detail;

  protected ClaimEvent() {}

  ClaimEvent(Long claimId, Instant occurredAt, String actor, String actorName, String action, String detail) {
    this.claimId = claimId;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.actorName = actorName;
    this.action = action;
    this.detail = detail;
  }

  public Instant getOccurredAt() { return occurredAt; }
  public String getActorName() { return actorName; }
  public String getAction() { return action; }
  public String getDetail() { return detail; }
}
