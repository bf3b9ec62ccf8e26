package com.quarterhour.shared;

import java.util.List;

/** What every form does with a typed text field: strip it, and name the field when it is missing or too long. */
public final class TypedText {

  private TypedText() {}

  /** The value without surrounding blanks; "" for nothing typed. */
  public static String trim(String s) {
    return s == null ? "" : s.strip();
  }

  /** Adds "Field: required." or "Field: at most N characters (M given)." to the problems when the (trimmed) value breaks it. */
  public static void requireText(String field, String value, int max, List<String> problems) {
    if (value == null || value.isEmpty()) {
      problems.add(field + ": required.");
    } else if (value.length() > max) {
      problems.add(field + ": at most " + max + " characters (" + value.length() + " given).");
    }
  }
}
