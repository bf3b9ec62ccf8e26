package com.quarterhour.rules;

import java.util.List;

/**
 * Billable units per line under either unit method. Untimed codes get one unit whatever their
 * minutes; codes the catalog does not know get none (an edit reports them).
 */
public final class UnitCalculator {

  private static final int UNIT = 15;
  private static final int THRESHOLD = 8;

  private final CodeCatalog catalog;

  public UnitCalculator(CodeCatalog catalog) {
    this.catalog = catalog;
  }

  /** Units in the order of the lines given (entry order breaks CMS ties). */
  public int[] units(UnitMethod method, List<TimedMinutes> lines) {
    int[] units = new int[lines.size()];
    boolean[] timed = new boolean[lines.size()];
    for (int i = 0; i < units.length; i++) {
      var def = catalog.find(lines.get(i).code());
      timed[i] = def.map(CodeDefinition::timed).orElse(false);
      units[i] = def.isPresent() && !timed[i] ? 1 : 0;
    }
    if (method == UnitMethod.PER_CODE) {
      for (int i = 0; i < units.length; i++) {
        if (timed[i]) {
          units[i] = unitsFor(lines.get(i).minutes());
        }
      }
    } else {
      allocateTotalTime(lines, timed, units);
    }
    return units;
  }

  /** 0 below 8 minutes, then one more unit per further 15 minutes: 8-22 gives 1, 23-37 gives 2. */
  public static int unitsFor(int minutes) {
    return minutes < THRESHOLD ? 0 : (minutes - THRESHOLD) / UNIT + 1;
  }

  /**
   * CMS: total units from total timed minutes; each code first gets its full 15-minute units,
   * the rest go one each to the largest remainders, the earlier line winning a tie.
   */
  private static void allocateTotalTime(List<TimedMinutes> lines, boolean[] timed, int[] units) {
    int total = 0;
    int assigned = 0;
    for (int i = 0; i < units.length; i++) {
      if (timed[i]) {
        int m = lines.get(i).minutes();
        total += m;
        units[i] = m / UNIT;
        assigned += units[i];
      }
    }
    int left = unitsFor(total) - assigned;
    boolean[] took = new boolean[units.length];
    for (; left > 0; left--) {
      int best = -1;
      for (int i = 0; i < units.length; i++) {
        int rest = lines.get(i).minutes() % UNIT;
        if (timed[i] && !took[i] && rest > 0
            && (best < 0 || rest > lines.get(best).minutes() % UNIT)) {
          best = i;
        }
      }
      if (best < 0) {
        break;
      }
      took[best] = true;
      units[best]++;
    }
  }
}
