package com.quarterhour.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One CPT/HCPCS code of the catalog.
 *
 * @param terminated first day the code is no longer valid, or null while it is still valid
 * @param discipline the discipline the code belongs to, or null when any discipline may bill it
 * @param primary for an add-on code, the code it must be billed with; null otherwise
 */
public record CodeDefinition(
    String code,
    boolean timed,
    CodeCategory category,
    Discipline discipline,
    LocalDate effective,
    LocalDate terminated,
    String primary,
    String description) {

  public CodeDefinition {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(effective, "effective");
    Objects.requireNonNull(description, "description");
  }

  /** A code is billable only on dates of service inside its validity period. */
  public boolean isEffectiveOn(LocalDate dateOfService) {
    return !dateOfService.isBefore(effective)
        && (terminated == null || dateOfService.isBefore(terminated));
  }

  public Optional<Discipline> fixedDiscipline() {
    return Optional.ofNullable(discipline);
  }
}
