package com.quarterhour.rules;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Medically Unlikely Edit values per code. */
public final class MueTable {

  private static final String BUNDLED = "mue.csv";

  private final Map<String, MueEdit> byCode = new HashMap<>();

  public MueTable(Collection<MueEdit> edits) {
    for (MueEdit e : edits) {
      byCode.put(e.code(), e);
    }
  }

  /** The starter table: evaluation codes only, one per day by definition (billing-rules.md 3.2). */
  public static MueTable starter() {
    try (Reader in = TableFile.bundled(BUNDLED)) {
      return parse(in, BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ImportException e) {
      throw new IllegalStateException("the bundled MUE table is broken: " + e.getMessage(), e);
    }
  }

  /**
   * Reads CMS's MUE layout as CSV: code, MUE value, adjudication indicator, rationale. Lines
   * starting with # are skipped; any bad field fails the whole import, naming line and column.
   */
  public static MueTable parse(Reader source, String name) throws IOException, ImportException {
    List<MueEdit> edits = new java.util.ArrayList<>();
    TableFile.forEachRow(source, (lineNo, line) -> {
      String[] f = line.split(",", 4);
      if (f.length < 3) {
        throw new ImportException(name, lineNo, 0, "expected code, MUE value, adjudication indicator, rationale");
      }
      String code = f[0].trim();
      if (!code.matches("[0-9A-Z][0-9]{3}[0-9A-Z]")) {
        throw new ImportException(name, lineNo, 1, "'" + f[0] + "' is not a CPT/HCPCS code");
      }
      int value = number(f[1], name, lineNo, 2);
      int indicator = number(f[2], name, lineNo, 3);
      if (indicator < 1 || indicator > 3) {
        throw new ImportException(name, lineNo, 3, "'" + f[2] + "' is not an adjudication indicator (1, 2 or 3)");
      }
      edits.add(new MueEdit(code, value, indicator, f.length > 3 ? f[3].trim() : ""));
    });
    return new MueTable(edits);
  }

  /** The MUE of a code, or null when the table has none. */
  public MueEdit get(String code) {
    return byCode.get(code);
  }

  private static int number(String value, String name, int line, int column) throws ImportException {
    try {
      int n = Integer.parseInt(value.trim());
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new ImportException(name, line, column, "'" + value + "' is not a whole number");
    }
  }
}
