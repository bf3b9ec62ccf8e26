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

  /**
   * Who furnished the minutes of the lines that take part in scoring (as {@link #toRuleLines}
   * keeps them), for a visit with an assistant; null without one.
   */
  static com.quarterhour.rules.AssistantMinutes assistantMinutes(NewVisit visit) {
    if (visit.assistantId() == null || visit.lines() == null) {
      return null;
    }
    var minutes = com.quarterhour.rules.AssistantMinutes.forLines(0);
    int i = 0;
    for (NewVisit.NewLine line : visit.lines()) {
      Integer total = line.effectiveMinutes();
      if (line.code() != null && !line.code().isBlank() && total != null && total >= 0) {
        int assistant = Math.max(0, line.assistantAlone());
        int together = Math.max(0, line.together());
        minutes = minutes.line(i++, Math.max(0, total - assistant - together), assistant, together);
      }
    }
    return minutes;
  }

  static String code(NewVisit.NewLine line) {
    return line.code().trim().toUpperCase(Locale.ROOT);
  }

  /** "gp 59" or "GP,59" -> [GP, 59]. */
  static List<String> modifiers(String text) {
    return com.quarterhour.visit.LineCheck.modifiers(text);
  }
}
