package com.quarterhour.reference.web;

import com.quarterhour.reference.NewPolicy;
import com.quarterhour.reference.Relationship;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The chart's "add insurance" form, as typed. */
public class PolicyForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long payerId;
  private Integer position = 1;
  private String memberId;
  private String groupNumber;
  private Relationship relationship = Relationship.SELF;
  private String subscriberFirstName;
  private String subscriberLastName;
  private LocalDate subscriberDateOfBirth;
  private LocalDate effectiveFrom;
  private LocalDate effectiveThrough;

  public NewPolicy toPolicy(Long patientId) {
    return new NewPolicy(patientId, payerId, position, memberId, groupNumber, relationship, subscriberFirstName,
        subscriberLastName, subscriberDateOfBirth, effectiveFrom, effectiveThrough);
  }

  public List<Relationship> getRelationships() { return List.of(Relationship.values()); }
  public Long getPayerId() { return payerId; }
  public void setPayerId(Long payerId) { this.payerId = payerId; }
  public Integer getPosition() { return position; }
  public void setPosition(Integer position) { this.position = position; }
  public String getMemberId() { return memberId; }
  public void setMemberId(String memberId) { this.memberId = memberId; }
  public String getGroupNumber() { return groupNumber; }
  public void setGroupNumber(String groupNumber) { this.groupNumber = groupNumber; }
  public Relationship getRelationship() { return relationship; }
  public void setRelationship(Relationship relationship) { this.relationship = relationship; }
  public String getSubscriberFirstName() { return subscriberFirstName; }
  public void setSubscriberFirstName(String subscriberFirstName) { this.subscriberFirstName = subscriberFirstName; }
  public String getSubscriberLastName() { return subscriberLastName; }
  public void setSubscriberLastName(String subscriberLastName) { this.subscriberLastName = subscriberLastName; }
  public LocalDate getSubscriberDateOfBirth() { return subscriberDateOfBirth; }
  public void setSubscriberDateOfBirth(LocalDate subscriberDateOfBirth) { this.subscriberDateOfBirth = subscriberDateOfBirth; }
  public LocalDate getEffectiveFrom() { return effectiveFrom; }
  public void setEffectiveFrom(LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
  public LocalDate getEffectiveThrough() { return effectiveThrough; }
  public void setEffectiveThrough(LocalDate effectiveThrough) { this.effectiveThrough = effectiveThrough; }
}
