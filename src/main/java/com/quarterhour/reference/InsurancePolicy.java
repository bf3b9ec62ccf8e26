package com.quarterhour.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * One of a patient's insurance policies: which payer, in which place of the order (1 primary,
 * 2 secondary, 3 tertiary), the member and group numbers, and the subscriber when the patient is
 * not the subscriber. Subscriber names are PHI: never log them.
 */
@Entity
public class InsurancePolicy {

  /** Primary, secondary, tertiary. */
  public static final int MAX_POSITION = 3;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "payer_id")
  private Payer payer;

  private int position;
  private String memberId;
  private String groupNumber;

  @Enumerated(EnumType.STRING)
  private Relationship relationship;

  private String subscriberFirstName;
  private String subscriberLastName;
  private LocalDate subscriberDateOfBirth;
  private LocalDate effectiveFrom;
  private LocalDate effectiveThrough;

  @Version private long version;

  protected InsurancePolicy() {}

  InsurancePolicy(Patient patient, Payer payer, NewPolicy p) {
    this.patient = patient;
    this.payer = payer;
    this.position = p.position();
    this.memberId = p.memberId();
    this.groupNumber = p.groupNumber();
    this.relationship = p.relationship();
    if (p.relationship() != Relationship.SELF) {
      this.subscriberFirstName = p.subscriberFirstName();
      this.subscriberLastName = p.subscriberLastName();
      this.subscriberDateOfBirth = p.subscriberDateOfBirth();
    }
    this.effectiveFrom = p.effectiveFrom();
    this.effectiveThrough = p.effectiveThrough();
  }

  /** The patient's policies by place, then newest first: the one reading for the chart and the registry's checks. */
  public static java.util.List<InsurancePolicy> ofPatient(jakarta.persistence.EntityManager em, Long patientId) {
    return em.createQuery("select p from InsurancePolicy p join fetch p.payer where p.patient.id = :patient"
            + " order by p.position, p.effectiveFrom desc, p.id desc", InsurancePolicy.class)
        .setParameter("patient", patientId)
        .getResultList();
  }

  /** Whether this policy and the dates given share a day (an open end runs forever). */
  boolean overlaps(LocalDate from, LocalDate through) {
    boolean startsInTime = through == null || !effectiveFrom.isAfter(through);
    boolean endsInTime = effectiveThrough == null || !effectiveThrough.isBefore(from);
    return startsInTime && endsInTime;
  }

  /** Whether the policy covers the day. */
  public boolean covers(LocalDate day) {
    return !day.isBefore(effectiveFrom) && (effectiveThrough == null || !day.isAfter(effectiveThrough));
  }

  void endOn(LocalDate day) {
    effectiveThrough = day;
  }

  /** "Primary", "Secondary", "Tertiary". */
  public String getPlace() {
    return NewPolicy.placeName(position);
  }

  /** One line for the history and the chart, without the subscriber's PHI. */
  String summary() {
    return getPlace() + " " + payer.getName() + ", member " + memberId + (groupNumber == null ? "" : ", group " + groupNumber)
        + ", " + relationship.label().toLowerCase(java.util.Locale.ROOT) + ", " + effectiveFrom + " – "
        + (effectiveThrough == null ? "open" : effectiveThrough.toString());
  }

  public Long getId() { return id; }
  public Patient getPatient() { return patient; }
  public Payer getPayer() { return payer; }
  public int getPosition() { return position; }
  public String getMemberId() { return memberId; }
  public String getGroupNumber() { return groupNumber; }
  public Relationship getRelationship() { return relationship; }
  public String getSubscriberFirstName() { return subscriberFirstName; }
  public String getSubscriberLastName() { return subscriberLastName; }
  public LocalDate getSubscriberDateOfBirth() { return subscriberDateOfBirth; }
  public LocalDate getEffectiveFrom() { return effectiveFrom; }
  public LocalDate getEffectiveThrough() { return effectiveThrough; }
  public long getVersion() { return version; }
}
