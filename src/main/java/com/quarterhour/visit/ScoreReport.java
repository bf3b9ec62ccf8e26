package com.quarterhour.visit;

import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Score;
import com.quarterhour.rules.ScoringEngine;
import com.quarterhour.rules.Severity;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The engine's verdict on a visit, in a form pages and the API can keep and show. */
public record ScoreReport(
    List<Integer> units, int totalUnits, String explanation, List<Finding> findings, int timedMinutes, int treatmentMinutes)
    implements Serializable {

  public ScoreReport {
    units = List.copyOf(units);
    findings = List.copyOf(findings);
  }

  public static ScoreReport of(Score score) {
    List<Integer> units = new ArrayList<>();
    for (int u : score.units()) {
      units.add(u);
    }
    return new ScoreReport(units, score.totalUnits(), score.explanation(), score.findings(),
        score.totalTimedMinutes(), score.totalTreatmentMinutes());
  }

  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** Errors as field problems, on the first line each names, for blocking a submission. */
  public List<FieldProblem> errorsAsProblems() {
    // The errors that block the therapist's signature, as problems the entry form names.
    List<FieldProblem> out = new ArrayList<>();
    for (Finding f : findings) {
      if (f.severity() == Severity.ERROR && ScoringEngine.blocksSignature(f.id())) {
        int line = f.lines().isEmpty() ? 0 : f.lines().get(0);
        String field = line == 0 ? "lines" : "lines[" + (line - 1) + "].code";
        out.add(new FieldProblem(field, (line == 0 ? "" : "Line " + line + ": ") + f.message() + " " + f.fix()));
      }
    }
    return out;
  }
}
