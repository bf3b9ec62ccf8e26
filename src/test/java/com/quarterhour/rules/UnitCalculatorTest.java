package com.quarterhour.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitCalculatorTest {

  private final UnitCalculator calculator = new UnitCalculator(CodeCatalog.bundled());

  private int[] cms(LineInput... lines) {
    return calculator.allocate(UnitMethod.CMS_TOTAL_TIME, List.of(lines)).units();
  }

  private static LineInput line(String code, int minutes) {
    return LineInput.ofMinutes(code, minutes);
  }

  @ParameterizedTest
  @CsvSource({"0,0", "7,0", "8,1", "22,1", "23,2", "37,2", "38,3", "52,3", "53,4", "67,4", "68,5", "82,5"})
  void totalMinutesGiveTheCmsUnitRanges(int minutes, int units) {
    assertThat(UnitCalculator.unitsFor(minutes)).isEqualTo(units);
  }

  @Test
  void billsThreeUnitsFor33MinutesOfExerciseAnd7OfManualTherapy() {
    assertThat(cms(line("97110", 33), line("97140", 7))).containsExactly(2, 1);
  }

  @Test
  void givesTheLeftoverUnitToTheLargerRemainder() {
    assertThat(cms(line("97112", 24), line("97110", 23))).containsExactly(2, 1);
  }

  @Test
  void twoSevenMinuteCodesShareOneUnitWhichTheFirstEnteredTakesOnATie() {
    assertThat(cms(line("97110", 7), line("97140", 7))).containsExactly(1, 0);
  }

  @Test
  void untimedCodesGetOneUnitAndDoNotCountTowardTimedMinutes() {
    assertThat(cms(line("97161", 45), line("97110", 10))).containsExactly(1, 1);
  }

  @Test
  void perCodeRuleDoesNotPoolMinutes() {
    int[] units =
        calculator.allocate(UnitMethod.PER_CODE, List.of(line("97110", 10), line("97116", 10))).units();
    assertThat(units).containsExactly(1, 1);
    assertThat(cms(line("97110", 10), line("97116", 10))).containsExactly(1, 0);
  }

  @Test
  void unknownCodesGetNoUnits() {
    assertThat(cms(line("99999", 30), line("97110", 30))).containsExactly(0, 2);
  }

  @Test
  void explainsTheCmsAllocationStepByStep() {
    var allocation =
        calculator.allocate(UnitMethod.CMS_TOTAL_TIME, List.of(line("97110", 33), line("97140", 7)));
    assertThat(allocation.explanation())
        .isEqualTo(
            "CMS 8-minute rule: total timed minutes 40 → 3 units (38–52 min). 97110 33 min → 2 full units, 3 left;"
                + " 97140 7 min → 0 full units, 7 left. The 3rd unit goes to 97140 (7 min left > 3 of 97110).");
    assertThat(allocation.hasTie()).isFalse();
  }

  @Test
  void explainsATieAndNamesTheTiedLines() {
    var allocation =
        calculator.allocate(UnitMethod.CMS_TOTAL_TIME, List.of(line("97110", 10), line("97140", 10)));
    assertThat(allocation.hasTie()).isTrue();
    assertThat(allocation.tiedLines()).containsExactly(0, 1);
    assertThat(allocation.explanation())
        .endsWith("Tie: 97110, 97140 each have 10 min left; the line entered first gets the unit, and CMS lets the coder choose.");
  }

  @Test
  void explainsThePerCodeRuleAndUntimedCodes() {
    var allocation =
        calculator.allocate(UnitMethod.PER_CODE, List.of(line("97163", 60), line("97110", 23), line("97140", 7)));
    assertThat(allocation.explanation())
        .isEqualTo(
            "Per-code rule: each timed code on its own minutes: 97110 23 min → 2 units (23–37 min);"
                + " 97140 7 min → 0 units (under 8 min). 97163 is untimed: 1 unit, its minutes do not count toward timed minutes.");
  }
}
