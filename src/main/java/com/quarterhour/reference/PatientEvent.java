package com.quarterhour.reference;

import com.quarterhour.shared.AuditText;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * One line of a patient record's history: who changed which field, when, from what to what.
 * Written once in the transaction of the change; never updated (PostgreSQL refuses it by trigger).
 * The values are PHI: they stay in the database and on the chart, never in a log.
 */
@Entity
public class PatientEvent implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long patientId;
  private Instant occurredAt;
  private String actor;
  private String actorName;
  /** What changed: "Registered", "Address", "Insurance added", … */
  private String subject;
  private String oldValue;
  private String newValue;

  protected PatientEvent() {}

  PatientEvent(Long patientId, String actor, String actorName, String subject, String oldValue, String newValue) {
    this.patientId = patientId;
    this.occurredAt = Instant.now();
    this.actor = actor;
    this.actorName = actorName;
    this.subject = subject;
    this.oldValue = AuditText.clip(oldValue);
    this.newValue = AuditText.clip(newValue);
  }


  public Long getId() { return id; }
  public Long getPatientId() { return patientId; }
  public Instant getOccurredAt() { return occurredAt; }
  public String getActor() { return actor; }
  public String getActorName() { return actorName; }
  public String getSubject() { return subject; }
  public String getOldValue() { return oldValue; }
  public String getNewValue() { return newValue; }
}
