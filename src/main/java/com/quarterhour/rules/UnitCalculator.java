package com.quarterhour.rules;

import java.util.List;

/**
 * Billable units per line under either unit method (billing-rules.md section 2). Untimed codes get
 * one unit whatever their minutes; codes the catalog does not know get none (an edit reports them).
 */
public final class UnitCalculator {

  static final int UNIT = 15;
  static final int THRESHOLD = 8;

  private final CodeCatalog catalog;

  public UnitCalculator(CodeCatalog catalog) {
    this.catalog = catalog;
  }

  /** 0 below 8 minutes, then one more unit per further 15 minutes: 8-22 gives 1, 23-37 gives 2. */
  public static int unitsFor(int minutes) {
    return minutes < THRESHOLD ? 0 : (minutes - THRESHOLD) / UNIT + 1;
  }

  /** Units of the lines, in entry order (entry order breaks CMS ties). */
  public UnitAllocation allocate(UnitMethod method, List<LineInput> lines) {
    VisitInput visit = new VisitInput(java.time.LocalDate.EPOCH, method, false, null, lines);
    CompiledCodes.Entry[] entries = new CompiledCodes.Entry[lines.size()];
    for (int i = 0; i < entries.length; i++) {
      CodeDefinition def = catalog.get(lines.get(i).code());
      entries[i] = def == null ? null : CompiledCodes.Entry.of(def);
    }
    return allocate(visit, entries);
  }

  /** As {@link #allocate(UnitMethod, List)}, with the lines' catalog entries already looked up. */
  static UnitAllocation allocate(VisitInput visit, CompiledCodes.Entry[] entries) {
    LineUnits units = LineUnits.of(visit.size());
    int totalTimed = untimedUnits(visit, entries, units);
    int tieRest = timedUnits(visit, entries, units, totalTimed);
    return new UnitAllocation(visit, entries, units.unitsArray(), totalTimed, tieRest);
  }

  /**
   * Gives each untimed code its one unit and returns the total timed minutes. Scoring calls this
   * and {@link #timedUnits} directly, so that a visit's units need no object of their own.
   */
  static int untimedUnits(VisitInput visit, CompiledCodes.Entry[] entries, LineUnits units) {
    int totalTimed = 0;
    for (int i = 0; i < visit.size(); i++) {
      if (isTimed(entries[i])) {
        totalTimed += visit.minutes(i);
      } else if (entries[i] != null) {
        units.setUnits(i, 1);
      }
    }
    return totalTimed;
  }

  /**
   * Gives the timed codes their units under the visit's method; returns the CMS tie (the
   * remainder at which a line that got a leftover unit ties with one that did not) or -1.
   */
  static int timedUnits(VisitInput visit, CompiledCodes.Entry[] entries, LineUnits units, int totalTimed) {
    if (visit.method() == UnitMethod.PER_CODE) {
      for (int i = 0; i < visit.size(); i++) {
        if (isTimed(entries[i])) {
          units.setUnits(i, unitsFor(visit.minutes(i)));
        }
      }
      return -1;
    }
    return allocateTotalTime(visit, entries, units, totalTimed);
  }

  /**
   * CMS: total units from total timed minutes; each code first gets its full 15-minute units, the
   * rest go one each to the largest remainders, the earlier line winning a tie. Any number of lines.
   */
  private static int allocateTotalTime(VisitInput visit, CompiledCodes.Entry[] entries, LineUnits units, int totalTimed) {
    int n = visit.size();
    int assigned = 0;
    for (int i = 0; i < n; i++) {
      if (isTimed(entries[i])) {
        units.setUnits(i, visit.minutes(i) / UNIT);
        assigned += visit.minutes(i) / UNIT;
      }
    }
    int left = unitsFor(totalTimed) - assigned;
    // Each leftover unit goes to the line with the largest remainder that has none yet; the
    // earlier line wins a tie. A line has taken one when its units exceed its full 15s.
    int cutoff = -1;
    for (; left > 0; left--) {
      int best = -1;
      int bestRest = 0;
      for (int i = 0; i < n; i++) {
        int m = visit.minutes(i);
        int rest = m % UNIT;
        if (rest > bestRest && isTimed(entries[i]) && units.unitsOf(i) == m / UNIT) {
          best = i;
          bestRest = rest;
        }
      }
      if (best < 0) {
        break;
      }
      units.setUnits(best, units.unitsOf(best) + 1);
      cutoff = bestRest;
    }
    return tieRest(visit, entries, units, cutoff);
  }

  /** The remainder at which a line that got a leftover unit ties with one that did not, or -1. */
  private static int tieRest(VisitInput visit, CompiledCodes.Entry[] entries, LineUnits units, int cutoff) {
    if (cutoff <= 0) {
      return -1;
    }
    for (int i = 0; i < visit.size(); i++) {
      int m = visit.minutes(i);
      if (isTimed(entries[i]) && m % UNIT == cutoff && units.unitsOf(i) == m / UNIT) {
        return cutoff;
      }
    }
    return -1;
  }

  static boolean isTimed(CompiledCodes.Entry entry) {
    return entry != null && entry.timed;
  }
}
