package com.quarterhour.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Dollar amounts as the engine keeps them (whole cents in a long) and as people read them. */
public final class Money {

  private Money() {}

  /** An amount in dollars as whole cents, rounded half up (fee schedules carry at most cents). */
  public static long cents(BigDecimal dollars) {
    return dollars.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
  }

  public static BigDecimal dollars(long cents) {
    return BigDecimal.valueOf(cents, 2);
  }

  /** "$2,450.00". */
  public static String usd(long cents) {
    NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
    return format.format(dollars(cents));
  }
}
