package com.quarterhour.rules;

import java.util.List;

/**
 * One coding problem (or note) about a visit.
 *
 * @param id the stable finding id of billing-rules.md section 3
 * @param lines the 1-based numbers of the lines involved, in entry order
 * @param message what is wrong, naming the codes
 * @param fix what the therapist or coder can do about it
 */
public record Finding(String id, Severity severity, List<Integer> lines, String message, String fix)
    implements java.io.Serializable {
  public Finding {
    lines = List.copyOf(lines);
  }

  /** "line 2", "lines 1, 2", or "" when the finding is about the whole visit. */
  public String linesText() {
    if (lines.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(lines.size() == 1 ? "line " : "lines ");
    for (int i = 0; i < lines.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(lines.get(i));
    }
    return out.toString();
  }
}
