package com.quarterhour.visit.service;

import java.util.Locale;

/** Turns typed text into a LIKE pattern that matches it literally as a prefix, in lower case. */
public final class LikePattern {

  private LikePattern() {}

  /** "50%_off" -> "50\%\_off%": a user's % and _ are characters, not wildcards. */
  public static String prefix(String text) {
    return text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
