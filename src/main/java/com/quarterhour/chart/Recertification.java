package com.quarterhour.chart;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A recertification of a plan of care: from its first day, signed on, through (unsigned: both null). */
@Entity
@Table(name = "plan_recertification")
public class Recertification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  private PlanOfCare plan;

  private LocalDate startsOn;
  private LocalDate signedOn;
  private LocalDate certifiedThrough;

  protected Recertification() {}

  Recertification(PlanOfCare plan, LocalDate startsOn) {
    this.plan = plan;
    this.startsOn = startsOn;
  }

  public void sign(LocalDate signedOn, LocalDate through) {
    if (through.isBefore(startsOn)) {
      throw new IllegalArgumentException("a recertification cannot end before it starts");
    }
    this.signedOn = signedOn;
    this.certifiedThrough = through;
  }

  public Long getId() {
    return id;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public LocalDate getCertifiedThrough() {
    return certifiedThrough;
  }
}
