package com.quarterhour.visit.service;

import java.time.LocalDate;
import java.util.List;

/**
 * A therapist's session as typed on the entry form. Nothing is trusted: the service checks every
 * field and answers with {@link InvalidVisitException}.
 *
 * @param submit true to sign and send to coding, false to keep it as a draft
 */
public record NewVisit(
    Long patientId, Long payerId, LocalDate dateOfService, List<NewLine> lines, boolean submit) {

  /**
   * One line of the form: a code, its modifiers ("GP 59") and the minutes documented for it.
   */
  public record NewLine(String code, String modifiers, Integer minutes) {
    public NewLine(String code, Integer minutes) {
      this(code, null, minutes);
    }
  }
}
