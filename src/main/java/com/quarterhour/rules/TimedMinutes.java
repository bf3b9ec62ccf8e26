package com.quarterhour.rules;

/** One service line as the unit calculator sees it: a code and the minutes documented for it. */
public record TimedMinutes(String code, int minutes) {
  public TimedMinutes {
    if (minutes < 0) {
      throw new IllegalArgumentException("minutes must not be negative: " + minutes);
    }
  }
}
