package com.quarterhour.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The engine's unit allocation against a plain reference written straight from billing-rules.md
 * section 2 (no bit tricks, no early exits), on thousands of random visits of 1 to 70 lines: far
 * past the 20 a visit may have, so that no size assumption hides in the fast path.
 */
class UnitAllocationPropertyTest {

  private static final ScoringEngine ENGINE = ScoringEngine.bundled();
  private static final String[] TIMED = {"97110", "97112", "97116", "97140", "97530", "97535", "97035", "97032"};
  private static final String[] UNTIMED = {"97010", "97012", "97150", "97161", "97164"};

  @Test
  void unitsMatchThePlainReferenceForAnyNumberOfLines() {
    SplittableRandom random = new SplittableRandom(8_15_2026);
    for (int visit = 0; visit < 5_000; visit++) {
      int count = visit < 4_000 ? 1 + random.nextInt(Limits.MAX_LINES) : 1 + random.nextInt(70);
      UnitMethod method = random.nextBoolean() ? UnitMethod.CMS_TOTAL_TIME : UnitMethod.PER_CODE;
      List<LineInput> lines = new ArrayList<>();
      List<Boolean> timed = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        boolean isTimed = random.nextInt(5) > 0;
        String code = isTimed ? TIMED[random.nextInt(TIMED.length)] : UNTIMED[random.nextInt(UNTIMED.length)];
        // Mostly short lines (where remainders and ties decide), now and then up to the 480 limit.
        int minutes = random.nextInt(10) == 0 ? 1 + random.nextInt(Limits.MAX_MINUTES) : 1 + random.nextInt(40);
        lines.add(LineInput.ofMinutes(code, minutes, "GP"));
        timed.add(isTimed);
      }
      Score score = ENGINE.score(new VisitInput(java.time.LocalDate.of(2026, 6, 1), method, true, Discipline.PT, lines));
      int[] expected = reference(method, lines, timed);
      assertThat(score.units()).as("%s %s", method, lines).containsExactly(expected);
      assertThat(score.findings().stream().filter(f -> f.id().equals("CODER_CHOICE_ALLOWED")).count())
          .as("tie in %s %s", method, lines).isEqualTo(referenceTie(method, lines, timed, expected) ? 1 : 0);
    }
  }

  @Test
  void theCmsTotalIsWhatTheTotalTimedMinutesGiveWhenEveryLineCanTakeAUnit() {
    SplittableRandom random = new SplittableRandom(20261201);
    for (int visit = 0; visit < 2_000; visit++) {
      int count = 1 + random.nextInt(Limits.MAX_LINES);
      List<LineInput> lines = new ArrayList<>();
      int total = 0;
      for (int i = 0; i < count; i++) {
        int minutes = 8 + random.nextInt(60);
        total += minutes;
        lines.add(LineInput.ofMinutes(TIMED[random.nextInt(TIMED.length)], minutes, "GP"));
      }
      Score score = ENGINE.score(new VisitInput(java.time.LocalDate.of(2026, 6, 1), UnitMethod.CMS_TOTAL_TIME, true, Discipline.PT, lines));
      assertThat(score.totalUnits()).isEqualTo(UnitCalculator.unitsFor(total));
    }
  }

  /** A CMS tie: a line that got a leftover unit and one that did not, with the same minutes left over. */
  private static boolean referenceTie(UnitMethod method, List<LineInput> lines, List<Boolean> timed, int[] units) {
    if (method != UnitMethod.CMS_TOTAL_TIME) {
      return false;
    }
    for (int i = 0; i < lines.size(); i++) {
      for (int j = 0; j < lines.size(); j++) {
        int mi = lines.get(i).minutes();
        int mj = lines.get(j).minutes();
        boolean iWon = timed.get(i) && units[i] > mi / 15;
        boolean jLost = timed.get(j) && mj % 15 > 0 && units[j] == mj / 15;
        if (iWon && jLost && mi % 15 == mj % 15) {
          return true;
        }
      }
    }
    return false;
  }

  /** billing-rules.md section 2, as plainly as it can be written. */
  private static int[] reference(UnitMethod method, List<LineInput> lines, List<Boolean> timed) {
    int n = lines.size();
    int[] units = new int[n];
    for (int i = 0; i < n; i++) {
      if (!timed.get(i)) {
        units[i] = 1; // untimed: one unit whatever the minutes
      }
    }
    if (method == UnitMethod.PER_CODE) {
      for (int i = 0; i < n; i++) {
        int m = lines.get(i).minutes();
        if (timed.get(i)) {
          units[i] = m < 8 ? 0 : (m - 8) / 15 + 1;
        }
      }
      return units;
    }
    int totalTimed = 0;
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (timed.get(i)) {
        int m = lines.get(i).minutes();
        totalTimed += m;
        units[i] = m / 15;
        if (m % 15 > 0) {
          candidates.add(i);
        }
      }
    }
    int full = 0;
    for (int i = 0; i < n; i++) {
      full += timed.get(i) ? units[i] : 0;
    }
    int left = (totalTimed < 8 ? 0 : (totalTimed - 8) / 15 + 1) - full;
    // Largest remainder first; on equal remainders, the line entered first.
    candidates.sort(Comparator.comparingInt((Integer i) -> -(lines.get(i).minutes() % 15)).thenComparingInt(i -> i));
    for (int k = 0; k < candidates.size() && left > 0; k++, left--) {
      units[candidates.get(k)]++;
    }
    return units;
  }
}
