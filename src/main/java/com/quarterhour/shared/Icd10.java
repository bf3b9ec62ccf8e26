package com.quarterhour.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The shape of an ICD-10-CM code: a letter, a digit, a digit or letter, then optionally a dot and
 * one to four more characters (M54.50, S83.511A, U07.1). Codes are
 * kept with the dot, as clinicians write them and claims print them; the CMS files leave it out.
 */
public final class Icd10 {

  private static final Pattern SHAPE = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");

  private Icd10() {}

  /** The code as the portal keeps it (upper case, dot after the category), or null when it has no ICD-10-CM shape. */
  public static String normalize(String code) {
    String c = withDot(code);
    return c != null && SHAPE.matcher(c).matches() ? c : null;
  }

  /**
   * Typed text as codes are kept (upper case, the dot after the three-character category put in
   * when left out), whether or not it is a whole code: "m545" → "M54.5", for searches too.
   */
  public static String withDot(String typed) {
    if (typed == null) {
      return null;
    }
    String c = typed.strip().toUpperCase(Locale.ROOT);
    return c.length() > 3 && c.indexOf('.') < 0 ? c.substring(0, 3) + "." + c.substring(3) : c;
  }

  /** What is wrong with {@code code}, in the words a form shows next to the field; null when nothing is. */
  public static String problem(String code) {
    return normalize(code) != null ? null
        : (code == null || code.isBlank() ? "a diagnosis code is required"
            : code.strip() + " is not an ICD-10-CM code (a letter, two characters, then up to four after a dot: M54.50)");
  }
}
