package com.quarterhour.shared;

import java.util.Locale;

/** Turns typed text into a LIKE pattern that matches it literally, in lower case. */
public final class LikePattern {

  private LikePattern() {}

  /** "50%_off" -> "50\%\_off%": a user's % and _ are characters, not wildcards. */
  public static String prefix(String text) {
    return literal(text) + "%";
  }

  /** "ada" -> "%ada%": the text anywhere (a trigram index serves it in PostgreSQL). */
  public static String contains(String text) {
    return "%" + literal(text) + "%";
  }

  private static String literal(String text) {
    return text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
