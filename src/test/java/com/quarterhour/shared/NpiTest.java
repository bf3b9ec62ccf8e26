package com.quarterhour.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NpiTest {

  /** CMS's own worked example ("NPI check digit"): 123456789 takes the check digit 3. */
  private static final String CMS_EXAMPLE = "1234567893";

  @Test
  void theCmsExampleIsValidAndItsNeighboursAreNot() {
    assertThat(Npi.isValid(CMS_EXAMPLE)).isTrue();
    assertThat(Npi.problem("1234567890")).isEqualTo("1234567890 fails the NPI check digit; check for a typo");
  }

  @Test
  void everySingleMistypedDigitIsCaught() {
    for (int position = 0; position < 10; position++) {
      for (char digit = '0'; digit <= '9'; digit++) {
        if (digit == CMS_EXAMPLE.charAt(position)) {
          continue;
        }
        String typo = CMS_EXAMPLE.substring(0, position) + digit + CMS_EXAMPLE.substring(position + 1);
        assertThat(Npi.isValid(typo)).as(typo).isFalse();
      }
    }
  }

  @Test
  void anNpiIsTenDigits() {
    assertThat(Npi.problem("123456789")).isEqualTo("an NPI is 10 digits");
    assertThat(Npi.problem("12345678901")).isEqualTo("an NPI is 10 digits");
    assertThat(Npi.problem("12345678a3")).isEqualTo("an NPI is 10 digits");
    assertThat(Npi.problem(null)).isEqualTo("an NPI is 10 digits");
  }
}
