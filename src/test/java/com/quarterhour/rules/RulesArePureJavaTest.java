package com.quarterhour.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rules engine must stay free of Jakarta EE so it runs in unit tests and benchmarks. */
class RulesArePureJavaTest {

  @Test
  void noRulesSourceImportsJakarta() throws IOException {
    Path rules = Path.of("src/main/java/com/quarterhour/rules");
    try (Stream<Path> files = Files.walk(rules)) {
      List<Path> offenders =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> read(p).contains("jakarta.") || read(p).contains("javax.persistence"))
              .toList();
      assertThat(offenders).isEmpty();
    }
  }

  /** Dates of service are local dates: the engine never reads the clock or the default locale. */
  @Test
  void noRulesSourceReadsTheClockOrTheDefaultLocale() throws IOException {
    Path rules = Path.of("src/main/java/com/quarterhour/rules");
    try (Stream<Path> files = Files.walk(rules)) {
      List<Path> offenders =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(
                  p ->
                      Stream.of("now()", "Clock", "currentTimeMillis", "Locale.getDefault", "toUpperCase()", "toLowerCase()", "ZoneId.systemDefault")
                          .anyMatch(read(p)::contains))
              .toList();
      assertThat(offenders).isEmpty();
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
