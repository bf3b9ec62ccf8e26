package com.quarterhour.review.service;

import com.quarterhour.visit.ScoreReport;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Severity;
import com.quarterhour.visit.VisitStatus;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything one visit's page shows: the therapist's lines next to the coded ones, the engine's
 * findings with their acknowledgements. The history is read page by page on its own
 * ({@code AuditTrail.historyPage}).
 *
 * @param version the visit's version when read; saves from this view send it back
 * @param assistant the assistant and supervising therapist, or null when the therapist treated alone
 * @param resubmission while a billed visit is being corrected or voided, which; else null
 */
public record VisitDetail(
    Long id,
    long version,
    Long patientId,
    String patientName,
    String patientMrn,
    String clinicianName,
    String clinicianUsername,
    String assistant,
    String payerName,
    LocalDate dateOfService,
    com.quarterhour.rules.Discipline discipline,
    VisitStatus status,
    String holderUsername,
    String holderName,
    String codedByUsername,
    String returnQuestion,
    String rejectReason,
    com.quarterhour.visit.Resubmission resubmission,
    List<Line> lines,
    ScoreReport score,
    List<FindingRow> findings)
    implements Serializable {

  public VisitDetail {
    lines = List.copyOf(lines);
    findings = List.copyOf(findings);
  }

  /** A line as documented and as billed. */
  public record Line(
      int lineNo,
      String documentedCode,
      String documentedModifiers,
      int minutes,
      int documentedUnits,
      String billedCode,
      String billedModifiers,
      int billedUnits,
      Integer manualUnits,
      boolean recoded,
      String split)
      implements Serializable {}

  /**
   * A finding with its acknowledgement, if a coder gave one.
   *
   * @param key what an acknowledgement is filed under ({@code Visit.findingKey})
   */
  public record FindingRow(Finding finding, String key, String ackReason, String ackBy, Instant ackAt)
      implements Serializable {
    public boolean isWarning() {
      return finding.severity() == Severity.WARNING;
    }

    public boolean isAcknowledged() {
      return ackReason != null;
    }
  }

  public int totalUnits() {
    return lines.stream().mapToInt(Line::billedUnits).sum();
  }

  public int totalMinutes() {
    return lines.stream().mapToInt(Line::minutes).sum();
  }

  public long openWarnings() {
    return findings.stream().filter(f -> f.isWarning() && !f.isAcknowledged()).count();
  }

  public boolean hasErrors() {
    return score.hasErrors();
  }
}
