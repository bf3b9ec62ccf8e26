package com.quarterhour.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * What the engine says about a visit: units per line, findings, and the explanation of the units.
 * It is the context the edits reported into, so scoring makes one object, not two; findings and the
 * explanation are put into words on first request, so scoring itself stays cheap.
 */
public final class Score extends EditContext {

  private List<Finding> findings;

  Score(VisitInput visit, VisitHistory history, CompiledCodes.Entry[] entries, CompiledCodes codes) {
    super(visit, history, entries, codes);
  }

  /** Units per line, as a copy. */
  public int[] units() {
    return unitsCopy();
  }

  /** Minutes of every line, timed and untimed: the note's total treatment time. */
  public int totalTreatmentMinutes() {
    int sum = 0;
    for (int i = 0; i < size(); i++) {
      sum += minutes(i);
    }
    return sum;
  }

  public List<Finding> findings() {
    if (findings == null) {
      List<Finding> out = new ArrayList<>(hitCount());
      for (int k = 0; k < hitCount(); k++) {
        Hit hit = hit(k);
        out.add(hit.edit().describe(this, hit));
      }
      findings = List.copyOf(out);
    }
    return findings;
  }

  public String explanation() {
    return unitAllocation().explanation();
  }

  /** Errors block submission. */
  public boolean hasErrors() {
    return hasHit(Severity.ERROR);
  }

  /** How many problems were found, without putting them into words. */
  public int findingCount() {
    return hitCount();
  }
}
