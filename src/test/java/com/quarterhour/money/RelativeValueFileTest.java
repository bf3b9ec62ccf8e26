package com.quarterhour.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** CMS's PPRRVU CSV: headings over several rows, rows with modifiers skipped, every row checked. */
class RelativeValueFileTest {

  static final String TITLES = """
      ,,2026 NATIONAL PHYSICIAN FEE SCHEDULE RELATIVE VALUE FILE JANUARY RELEASE,,,,,,,,,,,
      ,,CPT codes and descriptions only are copyright 2025 American Medical Association.,,,,,,,,,,,
      """;
  // As in CMS's file, some headings run over two rows ("WORK" above "RVU").
  static final String HEADINGS = """
      HCPCS,MOD,DESCRIPTION,STATUS,NOT USED FOR MEDICARE,WORK,NON-FAC,NON-FAC NA,FACILITY,FACILITY NA,MP,NON-FACILITY,FACILITY,PCTC,GLOB,CONV
      ,,,CODE,PAYMENT,RVU,PE RVU,INDICATOR,PE RVU,INDICATOR,RVU,TOTAL,TOTAL,IND,DAYS,FACTOR
      """;

  static RelativeValueFile.Result read(String text) throws Exception {
    return RelativeValueFile.read(new BufferedReader(new StringReader(text)), Set.of("97110", "97140", "97530"),
        new BigDecimal("33.4009"));
  }

  @Test
  void pricesTheWantedCodesFromTheirRvusAndTheFilesConversionFactor() throws Exception {
    var r = read(TITLES + HEADINGS + """
        97110,,Therapeutic exercises,A,,0.45,0.41,,0.17,,0.02,0.88,0.64,0,XXX,33.4009
        97110,GT,Therapeutic exercises,A,,0.45,0.41,,0.17,,0.02,0.88,0.64,0,XXX,33.4009
        97140,,"Manual therapy, 1/> regions",A,,0.43,0.36,,0.14,,0.02,0.81,0.59,0,XXX,33.4009
        99213,,Office/outpatient visit est,A,,1.30,1.10,,0.55,,0.09,2.49,1.94,0,XXX,33.4009
        """);
    assertThat(r.problems()).isEmpty();
    assertThat(r.rows()).isEqualTo(4);
    assertThat(r.fees()).extracting(RelativeValueFile.Rvu::code, f -> f.allowedPerUnit().toPlainString())
        // (0.45 + 0.41 + 0.02) x 33.4009 = 29.392792 -> 29.39; (0.43 + 0.36 + 0.02) x 33.4009 = 27.054729 -> 27.05
        .containsExactly(org.assertj.core.groups.Tuple.tuple("97110", "29.39"), org.assertj.core.groups.Tuple.tuple("97140", "27.05"));
  }

  @Test
  void withoutAConversionFactorColumnTheOneGivenIsUsed() throws Exception {
    var r = read("HCPCS,MOD,DESCRIPTION,WORK RVU,NON-FAC PE RVU,MP RVU\n97530,,Therapeutic activities,0.44,0.58,0.02\n");
    assertThat(r.fees()).singleElement().satisfies(f -> {
      assertThat(f.conversionFactor()).isEqualByComparingTo("33.4009");
      assertThat(f.allowedPerUnit()).isEqualByComparingTo("34.74"); // 1.04 x 33.4009 = 34.736936
    });
  }

  @Test
  void aBadRowRefusesTheWholeFileNamingTheLine() throws Exception {
    var r = read(TITLES + HEADINGS + """
        97110,,Therapeutic exercises,A,,0.45,0.41,,0.17,,0.02,0.88,0.64,0,XXX,33.4009
        97140,,Manual therapy,A,,0.43,n/a,,0.14,,0.02,0.81,0.59,0,XXX,33.4009
        9753,,Short code,A,,0.44,0.58,,0.20,,0.02,1.04,0.66,0,XXX,33.4009
        """);
    assertThat(r.accepted()).isFalse();
    assertThat(r.fees()).isEmpty();
    assertThat(r.problems()).containsExactly(
        "Line 6: 97140: NON-FAC PE RVU \"n/a\" is not a number of 0 or more.",
        "Line 7: \"9753\" in the HCPCS column is not a 5-character code.");
  }

  @Test
  void aFileWithoutTheHeadingsIsNotTheRelativeValueFile() throws Exception {
    assertThat(read("code,amount\n97110,29.39\n").problems()).containsExactly(
        "The file has no HCPCS heading row: this is not CMS's PPRRVU file.");
    assertThat(read("HCPCS,MOD,DESCRIPTION\n97110,,x\n").problems()).singleElement().asString()
        .startsWith("The headings lack WORK RVU, NON-FAC PE RVU, MP RVU");
  }
}
