package com.quarterhour.documentation.web;

import java.io.Serializable;

/** One editable line of the session-entry form. */
public class LineRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String code;
  private String modifiers;
  private Integer minutes;
  private java.time.LocalTime start;
  private java.time.LocalTime stop;
  private Integer assistantMinutes;
  private Integer togetherMinutes;

  public LineRow() {}

  /** A new line, its modifiers prefilled with the clinician's discipline (GP, GO or GN). */
  LineRow(String modifiers) {
    this.modifiers = modifiers;
  }

  public String getModifiers() {
    return modifiers;
  }

  public void setModifiers(String modifiers) {
    this.modifiers = modifiers;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Integer getMinutes() {
    return minutes;
  }

  public void setMinutes(Integer minutes) {
    this.minutes = minutes;
  }

  public java.time.LocalTime getStart() {
    return start;
  }

  public void setStart(java.time.LocalTime start) {
    this.start = start;
  }

  public java.time.LocalTime getStop() {
    return stop;
  }

  public void setStop(java.time.LocalTime stop) {
    this.stop = stop;
  }

  /** Minutes the assistant furnished alone (empty: none). */
  public Integer getAssistantMinutes() {
    return assistantMinutes;
  }

  public void setAssistantMinutes(Integer assistantMinutes) {
    this.assistantMinutes = assistantMinutes;
  }

  /** Minutes therapist and assistant furnished together (empty: none). */
  public Integer getTogetherMinutes() {
    return togetherMinutes;
  }

  public void setTogetherMinutes(Integer togetherMinutes) {
    this.togetherMinutes = togetherMinutes;
  }
}
