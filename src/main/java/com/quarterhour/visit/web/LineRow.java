package com.quarterhour.visit.web;

import java.io.Serializable;

/** One editable line of the session-entry form. */
public class LineRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String code;
  private Integer minutes;

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
}
