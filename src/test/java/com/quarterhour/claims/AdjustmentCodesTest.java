package com.quarterhour.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdjustmentCodesTest {

  @Test
  void adjustmentsAndRemarksReadInWords() {
    assertThat(AdjustmentCodes.adjustment("CO", "50"))
        .isEqualTo("CO-50: Non-covered service: not deemed a medical necessity by the payer (contractual obligation)");
    assertThat(AdjustmentCodes.adjustment("PR", "2")).isEqualTo("PR-2: Coinsurance amount (patient responsibility)");
    assertThat(AdjustmentCodes.remark("N115")).isEqualTo("N115: This decision was based on a Local Coverage Determination (LCD)");
  }

  @Test
  void aCodeMissingFromTheTableIsStillShownAsItsNumber() {
    assertThat(AdjustmentCodes.adjustment("OA", "999")).isEqualTo("OA-999: reason code 999 (not in Quarterhour's table) (other adjustment)");
    assertThat(AdjustmentCodes.remark("N9999")).isEqualTo("N9999: remark code not in Quarterhour's table");
  }
}
