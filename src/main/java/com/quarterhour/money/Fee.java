package com.quarterhour.money;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of a fee schedule: what the payer allows per unit of a code from a date (through a date, or open). */
@Entity
@Table(name = "fee_schedule_entry")
public class Fee implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "schedule_id")
  private Long scheduleId;

  private String code;
  private LocalDate effectiveFrom;
  private LocalDate effectiveThrough;
  private BigDecimal allowedPerUnit;

  protected Fee() {}

  public Fee(Long scheduleId, String code, LocalDate effectiveFrom, LocalDate effectiveThrough, BigDecimal allowedPerUnit) {
    this.scheduleId = scheduleId;
    this.code = code;
    this.effectiveFrom = effectiveFrom;
    this.effectiveThrough = effectiveThrough;
    this.allowedPerUnit = allowedPerUnit;
  }

  public boolean isInEffectOn(LocalDate date) {
    return !date.isBefore(effectiveFrom) && (effectiveThrough == null || !date.isAfter(effectiveThrough));
  }

  public Long getScheduleId() { return scheduleId; }
  public String getCode() { return code; }
  public LocalDate getEffectiveFrom() { return effectiveFrom; }
  public LocalDate getEffectiveThrough() { return effectiveThrough; }
  public BigDecimal getAllowedPerUnit() { return allowedPerUnit; }
}
