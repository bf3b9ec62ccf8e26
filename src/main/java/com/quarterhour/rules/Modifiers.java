package com.quarterhour.rules;

import java.util.Set;

/** The modifiers therapy claims use. */
public final class Modifiers {

  // Discipline (GP GO GN) and bypass (59, XE XS XP XU) modifiers are classified in
  // EditContext.classify, once per line.

  /** Every modifier the portal accepts on a therapy line. */
  public static final Set<String> KNOWN =
      Set.of(
          "GP", "GO", "GN", "59", "XE", "XS", "XP", "XU", "KX", "CQ", "CO", "GA", "GY", "GZ",
          "25", "52", "76", "77", "LT", "RT", "95");

  private Modifiers() {}
}
