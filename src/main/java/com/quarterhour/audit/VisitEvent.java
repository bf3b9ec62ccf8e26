package com.quarterhour.audit;

import com.quarterhour.shared.AuditText;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import com.quarterhour.visit.VisitAction;
import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a visit's history: who did what, when, the old and new value, and why. Written once
 * in the transaction of the change it records; never updated (PostgreSQL refuses it by trigger).
 */
@Entity
public class VisitEvent implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visit_event_seq")
  @jakarta.persistence.SequenceGenerator(name = "visit_event_seq", sequenceName = "visit_event_seq", allocationSize = 50)
  private Long id;

  private Long visitId;
  private Instant occurredAt;
  /** Keycloak user name of the author. */
  private String actor;
  private String actorName;

  @Enumerated(EnumType.STRING)
  private VisitAction action;

  /** What changed, e.g. "Line 1 modifiers"; null for a whole-visit step. */
  private String subject;
  private String oldValue;
  private String newValue;
  private String reason;

  protected VisitEvent() {}

  VisitEvent(Long visitId, String actor, String actorName, VisitAction action, String subject,
      String oldValue, String newValue, String reason) {
    this.visitId = visitId;
    this.occurredAt = Instant.now();
    this.actor = actor;
    this.actorName = actorName;
    this.action = action;
    this.subject = subject;
    this.oldValue = AuditText.clip(oldValue);
    this.newValue = AuditText.clip(newValue);
    this.reason = AuditText.clip(reason);
  }


  public Long getId() {
    return id;
  }

  public Long getVisitId() {
    return visitId;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getActorName() {
    return actorName;
  }

  public VisitAction getAction() {
    return action;
  }

  public String getSubject() {
    return subject;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }

  public String getReason() {
    return reason;
  }
}
