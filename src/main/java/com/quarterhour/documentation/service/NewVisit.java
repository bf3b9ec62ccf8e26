package com.quarterhour.documentation.service;

import java.time.LocalDate;
import java.util.List;

/**
 * A therapist's session as typed on the entry form. Nothing is trusted: the service checks every
 * field and answers with {@link InvalidVisitException}.
 *
 * @param discipline the plan of care's discipline, or null for the clinician's own
 * @param submit true to sign and send to coding, false to keep it as a draft
 * @param assistantId the assistant (PTA, COTA) who took part, or null; the caller is the supervising therapist
 * @param planId the plan of care chosen, or null for the patient's plan of the discipline open on the date
 */
public record NewVisit(
    Long patientId, Long payerId, LocalDate dateOfService, com.quarterhour.rules.Discipline discipline, List<NewLine> lines, boolean submit,
    Long assistantId, Long planId) implements java.io.Serializable {

  public NewVisit(Long patientId, Long payerId, LocalDate dateOfService, com.quarterhour.rules.Discipline discipline, List<NewLine> lines,
      boolean submit, Long assistantId) {
    this(patientId, payerId, dateOfService, discipline, lines, submit, assistantId, null);
  }

  public NewVisit(Long patientId, Long payerId, LocalDate dateOfService, com.quarterhour.rules.Discipline discipline, List<NewLine> lines,
      boolean submit) {
    this(patientId, payerId, dateOfService, discipline, lines, submit, null);
  }

  /** A session of the clinician's own discipline. */
  public NewVisit(Long patientId, Long payerId, LocalDate dateOfService, List<NewLine> lines, boolean submit) {
    this(patientId, payerId, dateOfService, null, lines, submit);
  }

  /**
   * One line of the form: a code, its modifiers ("GP 59") and the minutes documented for it, or
   * its start and stop times (then the minutes may be left empty: they are the span); with an
   * assistant, how many of the minutes the assistant furnished alone and both together (empty: none).
   */
  public record NewLine(String code, String modifiers, Integer minutes, java.time.LocalTime start, java.time.LocalTime stop,
      Integer assistantMinutes, Integer togetherMinutes) implements java.io.Serializable {

    public NewLine(String code, String modifiers, Integer minutes, java.time.LocalTime start, java.time.LocalTime stop) {
      this(code, modifiers, minutes, start, stop, null, null);
    }

    public NewLine(String code, String modifiers, Integer minutes) {
      this(code, modifiers, minutes, null, null);
    }

    public NewLine(String code, Integer minutes) {
      this(code, null, minutes);
    }

    int assistantAlone() {
      return assistantMinutes == null ? 0 : assistantMinutes;
    }

    int together() {
      return togetherMinutes == null ? 0 : togetherMinutes;
    }

    /** The documented minutes: as typed, else the span between start and stop; null when neither. */
    public Integer effectiveMinutes() {
      if (minutes != null) {
        return minutes;
      }
      return start != null && stop != null && stop.isAfter(start)
          ? (int) java.time.Duration.between(start, stop).toMinutes() : null;
    }
  }
}
