package com.quarterhour.documentation.service;

import com.quarterhour.rules.LineInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns form lines into engine lines; only lines with a code and minutes take part. */
final class VisitLines {

  private VisitLines() {}

  static List<LineInput> toRuleLines(List<NewVisit.NewLine> lines) {
    List<LineInput> out = new ArrayList<>();
    if (lines == null) {
      return out;
    }
    for (NewVisit.NewLine line : lines) {
      Integer minutes = line.effectiveMinutes();
      if (line.code() != null && !line.code().isBlank() && minutes != null && minutes >= 0) {
        boolean times = line.start() != null && line.stop() != null && line.stop().isAfter(line.start());
        out.add(new LineInput(code(line), modifiers(line.modifiers()), minutes, times ? line.start() : null, times ? line.stop() : null, null));
      }
    }
    return out;
  }

  static String code(NewVisit.NewLine line) {
    return line.code().trim().toUpperCase(Locale.ROOT);
  }

  /** "gp 59" or "GP,59" -> [GP, 59]. */
  static List<String> modifiers(String text) {
    return com.quarterhour.visit.LineCheck.modifiers(text);
  }
}
