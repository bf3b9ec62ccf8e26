package com.quarterhour.rules;

import java.util.Set;

/** The modifiers therapy claims use, grouped by what the edits ask of them. */
public final class Modifiers {

  /** The plan of care's discipline: PT, OT, SLP. */
  public static final Set<String> DISCIPLINE = Set.of("GP", "GO", "GN");

  /** NCCI bypass modifiers: 59 and its more specific X{EPSU} forms. */
  public static final Set<String> BYPASS = Set.of("59", "XE", "XS", "XP", "XU");

  public static final Set<String> X_BYPASS = Set.of("XE", "XS", "XP", "XU");

  /** Every modifier the portal accepts on a therapy line. */
  public static final Set<String> KNOWN =
      Set.of(
          "GP", "GO", "GN", "59", "XE", "XS", "XP", "XU", "KX", "CQ", "CO", "GA", "GY", "GZ",
          "25", "52", "76", "77", "LT", "RT", "95");

  private Modifiers() {}
}
