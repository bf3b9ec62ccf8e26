package com.quarterhour.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TablesImportTest {

  @Test
  void readsCmsPtpLayoutWithOpenEndedPairs() throws Exception {
    var table =
        NcciTable.parse(
            new StringReader("97140\t97530\t\t20200101\t*\t1\tseparate blocks\n97012\t97140\t1\t19960101\t20300101\t0\tx\n"), "ptp.txt");
    assertThat(table.pairOn("97530", "97140", LocalDate.of(2026, 6, 1)).modifierIndicator()).isEqualTo(1);
    assertThat(table.pairOn("97012", "97140", LocalDate.of(2026, 6, 1)).before1996()).isTrue();
    assertThat(table.pairOn("97012", "97140", LocalDate.of(2030, 6, 1))).isNull();
  }

  @Test
  void aWrongPtpFieldNamesItsLineAndColumn() {
    assertThatThrownBy(
            () -> NcciTable.parse(new StringReader("97140\t97530\t\t20200101\t*\t1\tok\n97140\t97530\t\t2020-01-01\t*\t1\tbad\n"), "ptp.txt"))
        .isInstanceOf(ImportException.class)
        .hasMessage("ptp.txt line 2 column 4: '2020-01-01' is not a date YYYYMMDD");
    assertThatThrownBy(() -> NcciTable.parse(new StringReader("97140\t97530\t\t20200101\t*\t7\tx\n"), "ptp.txt"))
        .hasMessage("ptp.txt line 1 column 6: '7' is not a modifier indicator (0, 1 or 9)");
    assertThatThrownBy(() -> NcciTable.parse(new StringReader("97140,97530,,20200101,*,1,x\n"), "ptp.txt"))
        .hasMessage("ptp.txt line 1: expected 7 tab-separated columns, found 1");
  }

  @Test
  void readsMueCsvAndRejectsABadValue() throws Exception {
    var table = MueTable.parse(new StringReader("97110,4,3,clinical\n"), "mue.csv");
    assertThat(table.get("97110").maxUnits()).isEqualTo(4);
    assertThatThrownBy(() -> MueTable.parse(new StringReader("97110,4,3,ok\n97112,four,3,x\n"), "mue.csv"))
        .isInstanceOf(ImportException.class)
        .hasMessage("mue.csv line 2 column 2: 'four' is not a whole number");
  }

  @Test
  void starterTablesCarryTheirSources() {
    assertThat(NcciTable.starter().all()).allSatisfy(p -> assertThat(p.rationale()).isNotBlank()).hasSizeGreaterThan(10);
    assertThat(MueTable.starter().get("97161").maxUnits()).isEqualTo(1);
  }
}
