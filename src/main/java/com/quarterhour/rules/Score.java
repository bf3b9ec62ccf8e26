package com.quarterhour.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * What the engine says about a visit: units per line, findings, and the explanation of the units.
 * Findings and explanation are put into words on first request, so scoring itself stays cheap.
 */
public final class Score {

  private final EditContext context;
  private List<Finding> findings;

  Score(EditContext context) {
    this.context = context;
  }

  public int units(int line) {
    return context.units(line);
  }

  public int[] units() {
    return context.unitsCopy();
  }

  public int totalUnits() {
    return context.totalUnits();
  }

  /** Minutes of the timed codes: what the units are counted from. */
  public int totalTimedMinutes() {
    return context.totalTimedMinutes();
  }

  /** Minutes of every line, timed and untimed: the note's total treatment time. */
  public int totalTreatmentMinutes() {
    int sum = 0;
    for (int i = 0; i < context.size(); i++) {
      sum += context.minutes(i);
    }
    return sum;
  }

  public List<Finding> findings() {
    if (findings == null) {
      List<Finding> out = new ArrayList<>(context.hitCount());
      for (int k = 0; k < context.hitCount(); k++) {
        Hit hit = context.hit(k);
        out.add(hit.edit().describe(context, hit));
      }
      findings = List.copyOf(out);
    }
    return findings;
  }

  public String explanation() {
    return context.units().explanation();
  }

  /** Errors block submission. */
  public boolean hasErrors() {
    return context.hasHit(Severity.ERROR);
  }

  /** How many problems were found, without putting them into words. */
  public int findingCount() {
    return context.hitCount();
  }
}
