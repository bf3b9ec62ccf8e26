package com.quarterhour.rules;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

/**
 * One service line of a visit: a code, its modifiers and either minutes or start/stop times. Check
 * untrusted input with {@link InputCheck} first; the record itself trusts its fields.
 *
 * @param billedUnits units a coder set by hand, or null to bill what the minutes give
 */
public record LineInput(
    String code, List<String> modifiers, int minutes, LocalTime start, LocalTime stop, Integer billedUnits) {

  public LineInput {
    modifiers = List.copyOf(modifiers);
  }

  /** The times of the day, one per minute, made once: lines with start and stop times share them. */
  private static final LocalTime[] CLOCK = new LocalTime[24 * 60];

  static {
    for (int m = 0; m < CLOCK.length; m++) {
      CLOCK[m] = LocalTime.of(m / 60, m % 60);
    }
  }

  /** The time of day {@code minuteOfDay} minutes after midnight (0–1439), without a new object. */
  public static LocalTime clock(int minuteOfDay) {
    return CLOCK[minuteOfDay];
  }

  public static LineInput ofMinutes(String code, int minutes, String... modifiers) {
    return new LineInput(code, List.of(modifiers), minutes, null, null, null);
  }

  public static LineInput ofTimes(String code, LocalTime start, LocalTime stop, String... modifiers) {
    return new LineInput(
        code, List.of(modifiers), (int) Duration.between(start, stop).toMinutes(), start, stop, null);
  }

  /** The same line with units set by hand. */
  public LineInput withBilledUnits(Integer units) {
    return new LineInput(code, modifiers, minutes, start, stop, units);
  }

  public boolean hasTimes() {
    return start != null && stop != null;
  }

  public boolean hasModifier(String modifier) {
    return modifiers.contains(modifier);
  }

  /** "97110-GP-59": the code with its modifiers, as coders write it. */
  public String label() {
    return modifiers.isEmpty() ? code : code + "-" + String.join("-", modifiers);
  }
}
