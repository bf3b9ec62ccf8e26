package com.quarterhour.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/** The engine's table files: one row per line; blank lines and lines starting with # are skipped. */
final class TableFile {

  /** Reads one row; {@code lineNo} is 1-based, for messages that name the line. */
  @FunctionalInterface
  interface RowReader<E extends Exception> {
    void read(int lineNo, String line) throws E;
  }

  private TableFile() {}

  static <E extends Exception> void forEachRow(Reader source, RowReader<E> rows) throws IOException, E {
    BufferedReader reader = new BufferedReader(source);
    String line;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (!line.isBlank() && !line.startsWith("#")) {
        rows.read(lineNo, line);
      }
    }
  }

  /** A table shipped in this package, e.g. codes.csv. */
  static Reader bundled(String name) {
    InputStream in = TableFile.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is missing from the classpath");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
