package com.quarterhour.rules;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compact line notation of the acceptance cases and the benchmark: {@code 97110-GP-59:15}
 * (code, modifiers, minutes) or {@code 97150-GP@0900-0945} (start and stop times).
 */
public final class LineTokens {

  private static final Pattern TOKEN =
      Pattern.compile("([^-:@\\s]+)((?:-[^-:@\\s]+)*)(?::(\\d+)|@(\\d{4})-(\\d{4}))");

  private LineTokens() {}

  /** Lines separated by single spaces, in entry order. */
  public static List<LineInput> parse(String lines) {
    List<LineInput> out = new ArrayList<>();
    for (String token : lines.trim().split(" ")) {
      out.add(parseOne(token));
    }
    return out;
  }

  public static LineInput parseOne(String token) {
    Matcher m = TOKEN.matcher(token);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + token + "' is not CODE[-MOD…]:MINUTES or CODE[-MOD…]@HHMM-HHMM");
    }
    String[] mods = m.group(2).isEmpty() ? new String[0] : m.group(2).substring(1).split("-");
    if (m.group(3) != null) {
      return new LineInput(m.group(1), Arrays.asList(mods), Integer.parseInt(m.group(3)), null, null, null);
    }
    return LineInput.ofTimes(m.group(1), time(m.group(4)), time(m.group(5)), mods);
  }

  private static LocalTime time(String hhmm) {
    return LocalTime.of(Integer.parseInt(hhmm.substring(0, 2)), Integer.parseInt(hhmm.substring(2)));
  }
}
