package com.quarterhour.rules;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks untrusted line input before it becomes a {@link LineInput}: the API, the screens and the
 * importers all answer with the same sentences, naming the line and the problem, against the same
 * {@link Limits}.
 */
public final class InputCheck {

  private static final Pattern CODE = Pattern.compile("[0-9A-Z][0-9]{3}[0-9A-Z]");
  private static final Pattern MODIFIER = Pattern.compile("[0-9A-Z]{2}");

  private InputCheck() {}

  /**
   * Problems of one line as "Line n: …" sentences; empty when the line is well formed.
   *
   * @param lineNo 1-based
   */
  public static List<String> problems(
      int lineNo, String code, List<String> modifiers, Integer minutes, LocalTime start, LocalTime stop) {
    List<String> out = new ArrayList<>();
    String where = "Line " + lineNo + ": ";
    if (code == null || code.isBlank()) {
      out.add(where + "code is missing.");
    } else if (!CODE.matcher(code).matches()) {
      out.add(where + "code '" + code + "' is not a 5-character CPT/HCPCS code such as 97110.");
    }
    out.addAll(modifierProblems(lineNo, modifiers));
    boolean hasTimes = start != null || stop != null;
    if (hasTimes && (start == null || stop == null)) {
      out.add(where + "give both start and stop time, or minutes.");
    } else if (hasTimes && !stop.isAfter(start)) {
      out.add(where + "stop time " + stop + " is not after start time " + start + ".");
    } else if (hasTimes && Duration.between(start, stop).toMinutes() > Limits.MAX_MINUTES) {
      out.add(where + "stop time " + stop + " is more than " + Limits.MAX_MINUTES + " minutes after start time " + start + ".");
    } else if (!hasTimes && minutes == null) {
      out.add(where + "minutes or start and stop times are missing.");
    }
    if (minutes != null && minutes < Limits.MIN_MINUTES) {
      out.add(where + "minutes " + minutes + " are fewer than " + Limits.MIN_MINUTES + ".");
    } else if (minutes != null && minutes > Limits.MAX_MINUTES) {
      out.add(where + "minutes " + minutes + " are more than " + Limits.MAX_MINUTES + " (8 hours), the most one line carries.");
    }
    return out;
  }

  /** Problems of a line's modifiers alone: at most four, two letters or digits each. */
  public static List<String> modifierProblems(int lineNo, List<String> modifiers) {
    List<String> out = new ArrayList<>();
    String where = "Line " + lineNo + ": ";
    List<String> mods = modifiers == null ? List.of() : modifiers;
    if (mods.size() > Limits.MAX_MODIFIERS) {
      out.add(where + mods.size() + " modifiers given; a line carries at most " + Limits.MAX_MODIFIERS + ".");
    }
    for (String m : mods) {
      if (m == null || !MODIFIER.matcher(m).matches()) {
        out.add(where + "modifier '" + m + "' is not 2 letters or digits such as GP or 59.");
      }
    }
    return out;
  }
}
