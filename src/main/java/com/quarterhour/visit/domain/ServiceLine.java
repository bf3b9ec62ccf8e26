package com.quarterhour.visit.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

/**
 * One billed code of a visit. Minutes are documented directly or as start/stop times; units are
 * what the payer's unit method gives for them. Versioned through its visit (lines change only
 * with their visit).
 */
@Entity
public class ServiceLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "visit_id")
  private Visit visit;

  /** Entry order, 1-based: it breaks ties in the CMS unit allocation. */
  @Min(1)
  private int lineNo;

  @NotNull
  @Pattern(regexp = "[0-9A-Z][0-9]{3}[0-9A-Z]", message = "{quarterhour.code.format}")
  private String cptCode;

  /** Up to four two-character modifiers, comma separated ("GP,59"). */
  @Pattern(regexp = "([0-9A-Z]{2}(,[0-9A-Z]{2}){0,3})?", message = "{quarterhour.modifiers.format}")
  private String modifiers;

  @Min(1)
  @Max(480)
  private Integer minutes;

  private LocalTime startTime;
  private LocalTime stopTime;

  @Min(0)
  private int units;

  protected ServiceLine() {}

  ServiceLine(Visit visit, int lineNo, String cptCode, List<String> modifiers, int minutes) {
    this.visit = visit;
    this.lineNo = lineNo;
    this.cptCode = cptCode;
    this.modifiers = modifiers.isEmpty() ? null : String.join(",", modifiers);
    this.minutes = minutes;
  }

  public Long getId() {
    return id;
  }

  public Visit getVisit() {
    return visit;
  }

  public int getLineNo() {
    return lineNo;
  }

  public String getCptCode() {
    return cptCode;
  }

  public List<String> getModifiers() {
    return modifiers == null ? List.of() : Arrays.asList(modifiers.split(","));
  }

  /** Documented minutes: given directly, or the span between start and stop time. */
  public int getMinutes() {
    if (minutes != null) {
      return minutes;
    }
    if (startTime != null && stopTime != null) {
      return (int) java.time.Duration.between(startTime, stopTime).toMinutes();
    }
    return 0;
  }

  /** This line as the rules engine reads it. */
  public com.quarterhour.rules.LineInput toRuleInput() {
    return new com.quarterhour.rules.LineInput(cptCode, getModifiers(), getMinutes(), startTime, stopTime, null);
  }

  public LocalTime getStartTime() {
    return startTime;
  }

  public LocalTime getStopTime() {
    return stopTime;
  }

  public int getUnits() {
    return units;
  }

  void setUnits(int units) {
    this.units = units;
  }
}
