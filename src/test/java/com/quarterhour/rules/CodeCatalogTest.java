package com.quarterhour.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CodeCatalogTest {

  private final CodeCatalog catalog = CodeCatalog.bundled();

  @Test
  void knowsEveryTherapyCodeOfTheBillingRules() {
    for (String code :
        "97010 97012 97014 G0283 97016 97018 97022 97024 97026 97028 97032 97033 97034 97035 97036 97039 97110 97112 97113 97116 97124 97140 97150 97530 97533 97535 97537 97542 97750 97755 97760 97761 97763 97129 97130 97161 97162 97163 97164 97165 97166 97167 97168"
            .split(" ")) {
      assertThat(catalog.find(code)).as(code).isPresent();
    }
  }

  @Test
  void tellsTimedFromUntimedCodes() {
    assertThat(catalog.find("97110").orElseThrow().timed()).isTrue();
    assertThat(catalog.find("97150").orElseThrow().timed()).isFalse();
    assertThat(catalog.find("97161").orElseThrow().category()).isEqualTo(CodeCategory.EVALUATION);
  }

  @Test
  void aCodeIsBillableOnlyWhileItIsEffective() {
    assertThat(catalog.isBillable("97161", LocalDate.of(2016, 12, 31))).isFalse();
    assertThat(catalog.isBillable("97161", LocalDate.of(2017, 1, 1))).isTrue();
    assertThat(catalog.isBillable("12345", LocalDate.of(2026, 6, 1))).isFalse();
  }

  @Test
  void aMalformedRowIsRejectedWithItsLineAndColumn() {
    String csv = "# header\n97110,true,ONE_ON_ONE_PROCEDURE,,1990-01-01,,,Exercise\n97112,maybe,ONE_ON_ONE_PROCEDURE,,1990-01-01,,,x\n";
    assertThatThrownBy(
            () -> CodeCatalog.parse(new StringReader(csv), "t.csv"))
        .hasMessage("t.csv line 3 column 2: expected true or false, found 'maybe'");
  }

  @Test
  void keepsTheDescriptorHistoryAndKnowsWhichWordingWasInForce() {
    assertThat(catalog.history("97110"))
        .extracting(DescriptorChange::effective)
        .containsExactly(LocalDate.of(1990, 1, 1), LocalDate.of(2010, 1, 1));
    assertThat(catalog.descriptorOn("97110", LocalDate.of(2005, 3, 1))).startsWith("Therapeutic exercises to develop");
    assertThat(catalog.descriptorOn("97110", LocalDate.of(2026, 6, 1))).isEqualTo(catalog.find("97110").orElseThrow().description());
    assertThat(catalog.history("97140")).singleElement().extracting(DescriptorChange::effective).isEqualTo(LocalDate.of(1990, 1, 1));
  }
}
