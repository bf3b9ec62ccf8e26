package com.quarterhour.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rules engine must stay free of Jakarta EE so it runs in unit tests and benchmarks. */
class RulesArePureJavaTest {

  private static final Path RULES = Path.of("src/main/java/com/quarterhour/rules");

  @Test
  void noRulesSourceImportsJakarta() throws IOException {
    assertThat(sourcesContainingAny("jakarta.", "javax.persistence")).isEmpty();
  }

  /** Dates of service are local dates: the engine never reads the clock or the default locale. */
  @Test
  void noRulesSourceReadsTheClockOrTheDefaultLocale() throws IOException {
    assertThat(
            sourcesContainingAny(
                "now()", "Clock", "currentTimeMillis", "Locale.getDefault", "toUpperCase()", "toLowerCase()",
                "ZoneId.systemDefault"))
        .isEmpty();
  }

  /** The rules sources whose text contains any of the given strings. */
  private static List<Path> sourcesContainingAny(String... needles) throws IOException {
    try (Stream<Path> files = Files.walk(RULES)) {
      return files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> Stream.of(needles).anyMatch(read(p)::contains))
          .toList();
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
