package com.quarterhour.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * What the engine says about a visit: units per line, findings, and the explanation of the units.
 * Findings and explanation are put into words on first request, so scoring itself stays cheap.
 */
public final class Score {

  private final EditContext context;
  private final List<Hit> hits;
  private List<Finding> findings;

  Score(EditContext context, List<Hit> hits) {
    this.context = context;
    this.hits = hits;
  }

  public int units(int line) {
    return context.units().units(line);
  }

  public int[] units() {
    return context.units().units();
  }

  public int totalUnits() {
    return context.units().totalUnits();
  }

  /** Minutes of the timed codes: what the units are counted from. */
  public int totalTimedMinutes() {
    return context.units().totalTimedMinutes();
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
      List<Finding> out = new ArrayList<>(hits.size());
      for (Hit hit : hits) {
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
    for (Hit hit : hits) {
      if (hit.edit().severity() == Severity.ERROR) {
        return true;
      }
    }
    return false;
  }

  /** How many problems were found, without putting them into words. */
  public int findingCount() {
    return hits.size();
  }
}
