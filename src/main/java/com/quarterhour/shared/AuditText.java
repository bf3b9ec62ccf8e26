package com.quarterhour.shared;

/** How audit trails (a visit's, a patient's) keep a value: whole up to the column's 1,000 characters, else cut with "…". */
public final class AuditText {

  public static final int MAX = 1000;

  private AuditText() {}

  public static String clip(String text) {
    return text == null || text.length() <= MAX ? text : text.substring(0, MAX - 1) + "…";
  }
}
