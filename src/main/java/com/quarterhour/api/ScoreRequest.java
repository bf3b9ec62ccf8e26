package com.quarterhour.api;

import java.util.List;

/**
 * A visit as an EHR sends it. Dates and times are strings so that a malformed one is reported by
 * field name instead of failing the whole body.
 *
 * @param dateOfService ISO date, e.g. 2026-06-01
 * @param unitMethod "cms" (8-minute rule on total time) or "per-code"
 * @param medicare whether Medicare-only edits apply
 * @param discipline PT, OT or SLP (optional)
 */
public record ScoreRequest(
    String dateOfService, String unitMethod, Boolean medicare, String discipline, List<Line> lines) {

  /**
   * @param start HH:MM, with stop; instead of minutes
   * @param units units set by hand (optional): checked against the minutes
   */
  public record Line(String code, List<String> modifiers, Integer minutes, String start, String stop, Integer units) {}
}
