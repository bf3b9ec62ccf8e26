package com.quarterhour.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Units per line and, on request, the step-by-step explanation a coder can read. */
public final class UnitAllocation {

  private final UnitMethod method;
  private final VisitInput visit;
  /** Each line's catalog entry, null for a code the catalog does not know. */
  private final CompiledCodes.Entry[] entries;
  private final int[] units;
  private final int totalTimedMinutes;
  private final int tieRest;

  UnitAllocation(VisitInput visit, CompiledCodes.Entry[] entries, int[] units, int totalTimedMinutes, int tieRest) {
    this.method = visit.method();
    this.visit = visit;
    this.entries = entries;
    this.units = units;
    this.totalTimedMinutes = totalTimedMinutes;
    this.tieRest = tieRest;
  }

  public UnitMethod method() {
    return method;
  }

  public int units(int line) {
    return units[line];
  }

  public int[] units() {
    return units.clone();
  }

  public int totalTimedMinutes() {
    return totalTimedMinutes;
  }

  public int totalUnits() {
    return Arrays.stream(units).sum();
  }

  /** CMS tie at the cut-off: lines with equal leftover minutes where only some got a unit. */
  public boolean hasTie() {
    return tieRest > 0;
  }

  /** The 0-based lines that tied for a leftover unit (empty without a tie). */
  public List<Integer> tiedLines() {
    List<Integer> tied = new ArrayList<>();
    if (hasTie()) {
      for (int i = 0; i < visit.size(); i++) {
        if (isTimed(i) && visit.minutes(i) % UnitCalculator.UNIT == tieRest) {
          tied.add(i);
        }
      }
    }
    return tied;
  }

  /** Step by step, in the words a coder would use with an auditor. */
  public String explanation() {
    StringBuilder out = new StringBuilder();
    if (method == UnitMethod.PER_CODE) {
      out.append("Per-code rule: each timed code on its own minutes");
      String sep = ": ";
      for (int i = 0; i < visit.size(); i++) {
        if (isTimed(i)) {
          int m = visit.minutes(i);
          out.append(sep).append(code(i)).append(' ').append(m).append(" min → ").append(unitsText(units[i]))
              .append(" (").append(range(units[i])).append(')');
          sep = "; ";
        }
      }
      out.append('.');
    } else {
      explainTotalTime(out);
    }
    appendUntimed(out);
    return out.toString();
  }

  private void explainTotalTime(StringBuilder out) {
    int total = UnitCalculator.unitsFor(totalTimedMinutes);
    out.append("CMS 8-minute rule: total timed minutes ").append(totalTimedMinutes).append(" → ")
        .append(unitsText(total)).append(" (").append(range(total)).append(')');
    int full = 0;
    String sep = ". ";
    for (int i = 0; i < visit.size(); i++) {
      if (isTimed(i)) {
        int m = visit.minutes(i);
        full += m / UnitCalculator.UNIT;
        out.append(sep).append(code(i)).append(' ').append(m).append(" min → ")
            .append(m / UnitCalculator.UNIT).append(" full unit").append(m / UnitCalculator.UNIT == 1 ? "" : "s")
            .append(", ").append(m % UnitCalculator.UNIT).append(" left");
        sep = "; ";
      }
    }
    out.append('.');
    int unitNo = full;
    for (int i = 0; i < visit.size(); i++) {
      if (isTimed(i) && units[i] > visit.minutes(i) / UnitCalculator.UNIT) {
        unitNo++;
        out.append(" The ").append(ordinal(unitNo)).append(" unit goes to ").append(code(i))
            .append(" (").append(visit.minutes(i) % UnitCalculator.UNIT).append(" min left").append(beats(i)).append(").");
      }
    }
    if (hasTie()) {
      List<String> codes = new ArrayList<>();
      for (int i : tiedLines()) {
        codes.add(code(i));
      }
      out.append(" Tie: ").append(String.join(", ", codes)).append(" each have ").append(tieRest)
          .append(" min left; the line entered first gets the unit, and CMS lets the coder choose.");
    }
  }

  /** " > 3 of 97110" when a line without a leftover unit had less left. */
  private String beats(int winner) {
    int rest = visit.minutes(winner) % UnitCalculator.UNIT;
    int best = -1;
    for (int i = 0; i < visit.size(); i++) {
      if (isTimed(i) && units[i] == visit.minutes(i) / UnitCalculator.UNIT) {
        int r = visit.minutes(i) % UnitCalculator.UNIT;
        if (r > 0 && r < rest && (best < 0 || r > visit.minutes(best) % UnitCalculator.UNIT)) {
          best = i;
        }
      }
    }
    return best < 0 ? "" : " > " + visit.minutes(best) % UnitCalculator.UNIT + " of " + code(best);
  }

  private void appendUntimed(StringBuilder out) {
    for (int i = 0; i < visit.size(); i++) {
      if (entries[i] == null) {
        out.append(' ').append(code(i)).append(" is not in the code catalog: no units.");
      } else if (!entries[i].def.timed()) {
        out.append(' ').append(code(i)).append(" is untimed: 1 unit, its minutes do not count toward timed minutes.");
      }
    }
  }

  private String code(int i) {
    return visit.code(i);
  }

  private boolean isTimed(int i) {
    return entries[i] != null && entries[i].def.timed();
  }

  private static String unitsText(int n) {
    return n + (n == 1 ? " unit" : " units");
  }

  private static String range(int units) {
    if (units == 0) {
      return "under 8 min";
    }
    int low = UnitCalculator.THRESHOLD + UnitCalculator.UNIT * (units - 1);
    return low + "–" + (low + UnitCalculator.UNIT - 1) + " min";
  }

  private static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix =
        (mod100 >= 11 && mod100 <= 13) ? "th" : switch (n % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return n + suffix;
  }
}
