package com.quarterhour.queries;

import com.quarterhour.visit.VisitStatus;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of a visit list: what a queue shows without loading the lines.
 *
 * @param holderUsername the coder holding (or who last held) the visit, or null
 * @param returnQuestion the coder's question while the visit is returned to the therapist
 * @param openWarnings warnings no coder acknowledged yet
 * @param warnings all warnings, acknowledged or not
 */
public record VisitSummary(
    Long id,
    String patientName,
    String patientMrn,
    String clinicianName,
    String payerName,
    LocalDate dateOfService,
    VisitStatus status,
    long lineCount,
    long totalMinutes,
    long totalUnits,
    Instant updatedAt,
    String holderUsername,
    String holderName,
    String returnQuestion,
    int errorCount,
    int openWarnings,
    Instant submittedAt,
    int warnings)
    implements Serializable {

  /** Days since the therapist submitted it: how long the visit has waited. */
  public long ageDays(Instant now) {
    return submittedAt == null ? 0 : java.time.Duration.between(submittedAt, now).toDays();
  }
}
