package com.quarterhour.rules;

import java.time.LocalDate;

/**
 * One NCCI procedure-to-procedure pair from CMS's practitioner PTP file.
 *
 * @param deleted the first day the pair no longer applies, or null ("*" in the file)
 * @param modifierIndicator 0: never billable together; 1: billable with a bypass modifier; 9: not
 *     applicable
 * @param rationale why the pair exists, or the source of a starter pair
 */
public record PtpEdit(
    String column1,
    String column2,
    boolean before1996,
    LocalDate effective,
    LocalDate deleted,
    int modifierIndicator,
    String rationale) {

  public boolean isInEffectOn(LocalDate dateOfService) {
    return !dateOfService.isBefore(effective) && (deleted == null || dateOfService.isBefore(deleted));
  }
}
