package com.quarterhour.rules;

import java.util.List;

/**
 * What the engine says about a visit: units per line, findings, and the explanation of the units
 * (built on request, so scoring itself stays cheap).
 */
public final class Score {

  private final UnitAllocation units;
  private final List<Finding> findings;

  Score(UnitAllocation units, List<Finding> findings) {
    this.units = units;
    this.findings = List.copyOf(findings);
  }

  public int units(int line) {
    return units.units(line);
  }

  public int[] units() {
    return units.units();
  }

  public int totalUnits() {
    return units.totalUnits();
  }

  public List<Finding> findings() {
    return findings;
  }

  public String explanation() {
    return units.explanation();
  }

  /** Errors block submission. */
  public boolean hasErrors() {
    for (Finding f : findings) {
      if (f.severity() == Severity.ERROR) {
        return true;
      }
    }
    return false;
  }
}
