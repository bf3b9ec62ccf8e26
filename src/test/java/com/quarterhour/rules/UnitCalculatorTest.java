package com.quarterhour.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitCalculatorTest {

  private final UnitCalculator calculator = new UnitCalculator(CodeCatalog.bundled());

  private int[] cms(TimedMinutes... lines) {
    return calculator.units(UnitMethod.CMS_TOTAL_TIME, List.of(lines));
  }

  @ParameterizedTest
  @CsvSource({"0,0", "7,0", "8,1", "22,1", "23,2", "37,2", "38,3", "52,3", "53,4", "67,4", "68,5", "82,5"})
  void totalMinutesGiveTheCmsUnitRanges(int minutes, int units) {
    assertThat(UnitCalculator.unitsFor(minutes)).isEqualTo(units);
  }

  @Test
  void billsThreeUnitsFor33MinutesOfExerciseAnd7OfManualTherapy() {
    assertThat(cms(new TimedMinutes("97110", 33), new TimedMinutes("97140", 7))).containsExactly(2, 1);
  }

  @Test
  void givesTheLeftoverUnitToTheLargerRemainder() {
    assertThat(cms(new TimedMinutes("97112", 24), new TimedMinutes("97110", 23))).containsExactly(2, 1);
  }

  @Test
  void twoSevenMinuteCodesShareOneUnitWhichTheFirstEnteredTakesOnATie() {
    assertThat(cms(new TimedMinutes("97110", 7), new TimedMinutes("97140", 7))).containsExactly(1, 0);
  }

  @Test
  void untimedCodesGetOneUnitAndDoNotCountTowardTimedMinutes() {
    assertThat(cms(new TimedMinutes("97161", 45), new TimedMinutes("97110", 10))).containsExactly(1, 1);
  }

  @Test
  void perCodeRuleDoesNotPoolMinutes() {
    int[] units =
        calculator.units(
            UnitMethod.PER_CODE, List.of(new TimedMinutes("97110", 10), new TimedMinutes("97116", 10)));
    assertThat(units).containsExactly(1, 1);
    assertThat(cms(new TimedMinutes("97110", 10), new TimedMinutes("97116", 10))).containsExactly(1, 0);
  }

  @Test
  void unknownCodesGetNoUnits() {
    assertThat(cms(new TimedMinutes("99999", 30), new TimedMinutes("97110", 30))).containsExactly(0, 2);
  }
}
