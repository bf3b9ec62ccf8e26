package com.quarterhour.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import com.quarterhour.testsupport.OrderFiles;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DiagnosisOrderFileTest {

  private static String line(int order, String code, int flag, String shortText, String longText) {
    return flag == 0 || flag == 1 ? OrderFiles.line(order, code, flag == 1, shortText, longText)
        : OrderFiles.line(order, code, true, shortText, longText).substring(0, 14) + flag
            + OrderFiles.line(order, code, true, shortText, longText).substring(15);
  }

  private static DiagnosisOrderFile.Result read(String... lines) throws Exception {
    return DiagnosisOrderFile.read(new BufferedReader(new StringReader(String.join("\n", lines))));
  }

  @Test
  void aGoodFileGivesItsCodesWithDotsAndWhetherAClaimMayCarryThem() throws Exception {
    var result = read(
        line(1, "M545", 0, "Low back pain", "Low back pain"),
        line(2, "M5450", 1, "Low back pain, unspecified", "Low back pain, unspecified"),
        line(3, "S83511A", 1, "Sprain of anterior cruciate ligament of right knee, init",
            "Sprain of anterior cruciate ligament of right knee, initial encounter"));
    assertThat(result.accepted()).isTrue();
    assertThat(result.codes()).containsExactly(
        new DiagnosisOrderFile.Code("M54.5", false, "Low back pain"),
        new DiagnosisOrderFile.Code("M54.50", true, "Low back pain, unspecified"),
        new DiagnosisOrderFile.Code("S83.511A", true, "Sprain of anterior cruciate ligament of right knee, initial encounter"));
  }

  @Test
  void aFileWithOneBadLineGivesNoCodesAndNamesEveryBadLine() throws Exception {
    var result = read(
        line(1, "M5450", 1, "Low back pain, unspecified", "Low back pain, unspecified"),
        line(2, "97110", 1, "Therapeutic exercise", "Therapeutic exercise"),
        line(3, "M6281", 7, "Muscle weakness (generalized)", "Muscle weakness (generalized)"),
        "00004 M62",
        line(5, "R296", 1, "Repeated falls", " "),
        line(6, "M5450", 1, "Low back pain, unspecified", "Low back pain, unspecified"));
    assertThat(result.accepted()).isFalse();
    assertThat(result.codes()).isEmpty();
    assertThat(result.problems()).containsExactly(
        "Line 2: \"97110\" (columns 7–13) is not an ICD-10-CM code.",
        "Line 3: the flag in column 15 is \"7\"; it is 1 (valid for a claim) or 0 (a heading).",
        "Line 4: too short for the order file's columns (9 characters; a code's line has at least 78).",
        "Line 5: the description (column 78 on) is empty.",
        "Line 6: M5450 appears twice (first on line 1).");
  }

  @Test
  void anEmptyFileOrManyBadLinesAreSaidPlainly() throws Exception {
    assertThat(read("").problems()).containsExactly("The file holds no codes.");
    String[] bad = new String[30];
    Arrays.fill(bad, "not an order file");
    var result = read(bad);
    assertThat(result.problems()).hasSize(DiagnosisOrderFile.MAX_PROBLEMS + 1).last().isEqualTo("… and 10 more bad lines.");
    assertThat(result.lines()).isEqualTo(30);
  }
}
