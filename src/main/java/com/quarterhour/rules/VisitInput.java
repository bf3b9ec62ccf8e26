package com.quarterhour.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the engine scores: one patient's treatment on one date of service under one payer.
 *
 * @param medicare whether Medicare-only edits apply (G0283, bundled 97010, GP/GO/GN)
 * @param discipline the plan of care's discipline, or null when unknown
 */
public record VisitInput(
    LocalDate dateOfService, UnitMethod method, boolean medicare, Discipline discipline, List<LineInput> lines) {

  public VisitInput {
    Objects.requireNonNull(dateOfService, "dateOfService");
    Objects.requireNonNull(method, "method");
    lines = List.copyOf(lines);
  }
}
