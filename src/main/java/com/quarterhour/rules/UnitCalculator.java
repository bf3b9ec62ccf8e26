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
    int n = lines.size();
    CodeDefinition[] defs = new CodeDefinition[n];
    for (int i = 0; i < n; i++) {
      defs[i] = catalog.get(lines.get(i).code());
    }
    return allocate(method, lines, defs);
  }

  /** As {@link #allocate(UnitMethod, List)}, with the lines' catalog entries already looked up. */
  public static UnitAllocation allocate(UnitMethod method, List<LineInput> lines, CodeDefinition[] defs) {
    int n = lines.size();
    int[] units = new int[n];
    int totalTimed = 0;
    for (int i = 0; i < n; i++) {
      CodeDefinition def = defs[i];
      if (def != null && def.timed()) {
        totalTimed += lines.get(i).minutes();
      } else if (def != null) {
        units[i] = 1;
      }
    }
    if (method == UnitMethod.PER_CODE) {
      for (int i = 0; i < n; i++) {
        if (isTimed(defs[i])) {
          units[i] = unitsFor(lines.get(i).minutes());
        }
      }
      return new UnitAllocation(method, lines, defs, units, totalTimed, -1);
    }
    return allocateTotalTime(lines, defs, units, totalTimed);
  }

  /**
   * CMS: total units from total timed minutes; each code first gets its full 15-minute units, the
   * rest go one each to the largest remainders, the earlier line winning a tie.
   */
  private static UnitAllocation allocateTotalTime(
      List<LineInput> lines, CodeDefinition[] defs, int[] units, int totalTimed) {
    int n = lines.size();
    int assigned = 0;
    for (int i = 0; i < n; i++) {
      if (isTimed(defs[i])) {
        units[i] = lines.get(i).minutes() / UNIT;
        assigned += units[i];
      }
    }
    int left = unitsFor(totalTimed) - assigned;
    long took = 0; // bit i set: line i got a leftover unit (visits have far fewer than 64 lines)
    int cutoff = -1;
    for (; left > 0; left--) {
      int best = -1;
      int bestRest = 0;
      for (int i = 0; i < n && i < 64; i++) {
        int rest = lines.get(i).minutes() % UNIT;
        if (isTimed(defs[i]) && (took & (1L << i)) == 0 && rest > bestRest) {
          best = i;
          bestRest = rest;
        }
      }
      if (best < 0) {
        break;
      }
      took |= 1L << best;
      units[best]++;
      cutoff = bestRest;
    }
    return new UnitAllocation(UnitMethod.CMS_TOTAL_TIME, lines, defs, units, totalTimed, tieRest(lines, defs, took, cutoff));
  }

  /** The remainder at which a line that got a leftover unit ties with one that did not, or -1. */
  private static int tieRest(List<LineInput> lines, CodeDefinition[] defs, long took, int cutoff) {
    if (cutoff <= 0) {
      return -1;
    }
    for (int i = 0; i < lines.size() && i < 64; i++) {
      if (isTimed(defs[i]) && (took & (1L << i)) == 0 && lines.get(i).minutes() % UNIT == cutoff) {
        return cutoff;
      }
    }
    return -1;
  }

  static boolean isTimed(CodeDefinition def) {
    return def != null && def.timed();
  }
}
