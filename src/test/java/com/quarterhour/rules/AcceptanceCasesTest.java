package com.quarterhour.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every row of every units*.csv, edits*.csv and compliance*.csv (format:
 * src/test/resources/cases/README.md).
 * The bundled copy of ../shared/cases runs by default; -Dquarterhour.cases=DIR runs DIR instead.
 */
class AcceptanceCasesTest {

  private static final LocalDate DATE_OF_SERVICE = LocalDate.of(2026, 6, 1);
  private static final ScoringEngine ENGINE = ScoringEngine.bundled();

  /** A directory given by -Dquarterhour.cases may hold any of the three kinds, but not none. */
  @org.junit.jupiter.api.Test
  void theCasesDirectoryHoldsCases() {
    assertThat(Stream.of("units", "edits", "compliance").flatMap(AcceptanceCasesTest::rows).count())
        .as("no units*.csv, edits*.csv or compliance*.csv rows in %s", casesDirectory())
        .isPositive();
  }

  @TestFactory
  Stream<DynamicTest> unitCases() {
    return rows("units").map(row -> DynamicTest.dynamicTest(row.file + " " + row.cells[0], () -> checkUnits(row)));
  }

  @TestFactory
  Stream<DynamicTest> editCases() {
    return rows("edits").map(row -> DynamicTest.dynamicTest(row.file + " " + row.cells[0], () -> checkEdits(row)));
  }

  @TestFactory
  Stream<DynamicTest> complianceCases() {
    return rows("compliance").map(row -> DynamicTest.dynamicTest(row.file + " " + row.cells[0], () -> checkCompliance(row)));
  }

  private static void checkUnits(Row row) {
    UnitMethod method =
        switch (row.cells[1]) {
          case "cms" -> UnitMethod.CMS_TOTAL_TIME;
          case "per-code" -> UnitMethod.PER_CODE;
          default -> throw new IllegalArgumentException(row.describe() + ": unknown method " + row.cells[1]);
        };
    List<LineInput> lines = LineTokens.parse(row.cells[2]);
    Score score = ENGINE.score(new VisitInput(DATE_OF_SERVICE, method, false, null, lines));
    List<String> got = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      got.add(lines.get(i).code() + ":" + score.units(i));
    }
    String actual = String.join(" ", got);
    assertThat(Arrays.asList(row.cells[3].split("\\|")))
        .as("%s: lines %s, expected %s, engine gave %s (%s)", row.describe(), row.cells[2], row.cells[3], actual, score.explanation())
        .contains(actual);
  }

  private static void checkEdits(Row row) {
    boolean medicare = medicare(row);
    UnitMethod method = medicare ? UnitMethod.CMS_TOTAL_TIME : UnitMethod.PER_CODE;
    Score score = ENGINE.score(new VisitInput(DATE_OF_SERVICE, method, medicare, null, LineTokens.parse(row.cells[2])));
    assertFindings(row, row.cells[3], score, "payer " + row.cells[1] + ", lines " + row.cells[2]);
  }

  /** id,payer,discipline,lines,history,expected. */
  private static void checkCompliance(Row row) {
    boolean medicare = medicare(row);
    UnitMethod method = medicare ? UnitMethod.CMS_TOTAL_TIME : UnitMethod.PER_CODE;
    Discipline discipline = Discipline.valueOf(row.cells[2].trim());
    List<LineInput> lines = LineTokens.parse(row.cells[3]);
    VisitHistory history = HistoryTokens.parse(row.cells[4], lines.size(), ENGINE);
    Score score = ENGINE.score(new VisitInput(DATE_OF_SERVICE, method, medicare, discipline, lines), history);
    assertFindings(row, row.cells[5], score,
        "payer " + row.cells[1] + ", " + discipline + ", lines " + row.cells[3] + ", history " + row.cells[4]);
  }

  private static boolean medicare(Row row) {
    return switch (row.cells[1]) {
      case "medicare" -> true;
      case "commercial" -> false;
      default -> throw new IllegalArgumentException(row.describe() + ": unknown payer " + row.cells[1]);
    };
  }

  /** Every error and warning the engine found against the expected ids ("-" for none); notes are not compared. */
  private static void assertFindings(Row row, String expectedIds, Score score, String input) {
    Set<String> actual =
        score.findings().stream()
            .filter(f -> f.severity() != Severity.INFO)
            .map(Finding::id)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> expected =
        "-".equals(expectedIds.trim()) ? Set.of() : new TreeSet<>(Arrays.asList(expectedIds.trim().split("\\s+")));
    assertThat(actual)
        .as("%s: %s, expected %s, engine gave %s", row.describe(), input, expected, score.findings())
        .isEqualTo(expected);
  }

  private record Row(String file, int lineNo, String[] cells) {
    String describe() {
      return file + " line " + lineNo + " (" + cells[0] + ")";
    }
  }

  private static Stream<Row> rows(String prefix) {
    Path dir = casesDirectory();
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> matching =
          files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".csv")).sorted().toList();
      List<Row> rows = new ArrayList<>();
      for (Path file : matching) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
          if (!lines.get(i).isBlank()) {
            rows.add(new Row(file.getFileName().toString(), i + 1, lines.get(i).split(",", -1)));
          }
        }
      }
      return rows.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path casesDirectory() {
    String override = System.getProperty("quarterhour.cases");
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    try {
      return Path.of(AcceptanceCasesTest.class.getResource("/cases").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
