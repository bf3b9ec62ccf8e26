package com.quarterhour.money;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads CMS's Physician Fee Schedule relative value file (PPRRVU, the CSV of the yearly RVU
 * package): title lines, then the column headings (CMS splits some over two or three rows, e.g.
 * "WORK" over "RVU"), then one row per code and modifier. Every data row is checked; a file with
 * any bad row gives no fees at all. The national non-facility amount per unit is (work RVU +
 * non-facility PE RVU + malpractice RVU) x the conversion factor, rounded to the cent — the file's
 * own CONV FACTOR column when it has one, else the factor given.
 */
public final class RelativeValueFile {

  /** How many problems a refused file lists. */
  public static final int MAX_PROBLEMS = 20;

  /** What the file gives for one code: its RVUs and the amount per unit they make. */
  public record Rvu(String code, BigDecimal work, BigDecimal practiceExpense, BigDecimal malpractice, BigDecimal conversionFactor,
      BigDecimal allowedPerUnit) {}

  /** The wanted codes the file prices, or why it was refused; {@code rows} data rows read either way. */
  public record Result(List<Rvu> fees, List<String> problems, int rows) {
    public boolean accepted() {
      return problems.isEmpty();
    }
  }

  private static final String[] NEEDED = {"HCPCS", "MOD", "WORK RVU", "NON-FAC PE RVU", "MP RVU"};

  private RelativeValueFile() {}

  /**
   * Reads the file and prices the codes wanted (those without a modifier).
   *
   * @param defaultFactor the conversion factor when the file has no CONV FACTOR column
   */
  public static Result read(BufferedReader in, Set<String> wanted, BigDecimal defaultFactor) throws IOException {
    List<String> problems = new ArrayList<>();
    Map<String, Rvu> fees = new HashMap<>();
    Map<String, Integer> column = null;
    List<List<String>> headings = new ArrayList<>();
    int lineNo = 0;
    int rows = 0;
    int bad = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNo++;
      List<String> cells = cells(line);
      String first = cells.isEmpty() ? "" : cells.get(0).strip().toUpperCase(Locale.ROOT);
      if (column == null) {
        if (first.equals("HCPCS") || !headings.isEmpty() && !first.matches("[0-9A-Z]{5}")) {
          headings.add(cells);
          continue;
        }
        if (headings.isEmpty()) {
          continue; // a title line before the headings
        }
        Map<String, Integer> found = columns(headings);
        column = found;
        List<String> missing = java.util.Arrays.stream(NEEDED).filter(n -> !found.containsKey(n)).toList();
        if (!missing.isEmpty()) {
          return new Result(List.of(), List.of("The headings lack " + String.join(", ", missing)
              + ": this is not CMS's PPRRVU file (take the CSV from the yearly RVU package)."), lineNo);
        }
      }
      if (first.isEmpty() && cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      rows++;
      try {
        Rvu rvu = row(cells, column, defaultFactor);
        if (rvu != null && wanted.contains(rvu.code())) {
          fees.put(rvu.code(), rvu);
        }
      } catch (IllegalArgumentException e) {
        if (++bad <= MAX_PROBLEMS) {
          problems.add("Line " + lineNo + ": " + e.getMessage());
        }
      }
    }
    if (bad > MAX_PROBLEMS) {
      problems.add("… and " + (bad - MAX_PROBLEMS) + " more bad lines.");
    }
    if (column == null) {
      problems.add("The file has no HCPCS heading row: this is not CMS's PPRRVU file.");
    } else if (problems.isEmpty() && fees.isEmpty()) {
      problems.add("The file prices none of the clinic's codes (" + wanted.size() + " looked for).");
    }
    List<Rvu> sorted = fees.values().stream().sorted(java.util.Comparator.comparing(Rvu::code)).toList();
    return new Result(problems.isEmpty() ? sorted : List.of(), List.copyOf(problems), rows);
  }

  /** One data row, or null for a row with a modifier (professional or technical component). */
  private static Rvu row(List<String> cells, Map<String, Integer> column, BigDecimal defaultFactor) {
    String code = cell(cells, column.get("HCPCS")).toUpperCase(Locale.ROOT);
    if (!code.matches("[0-9A-Z]{4}[0-9A-Z]")) {
      throw new IllegalArgumentException("\"" + code + "\" in the HCPCS column is not a 5-character code.");
    }
    if (!cell(cells, column.get("MOD")).isEmpty()) {
      return null;
    }
    BigDecimal work = number(cells, column, "WORK RVU", code);
    BigDecimal pe = number(cells, column, "NON-FAC PE RVU", code);
    BigDecimal mp = number(cells, column, "MP RVU", code);
    BigDecimal factor = column.containsKey("CONV FACTOR") && !cell(cells, column.get("CONV FACTOR")).isEmpty()
        ? number(cells, column, "CONV FACTOR", code) : defaultFactor;
    if (factor == null || factor.signum() <= 0) {
      throw new IllegalArgumentException(code + ": no conversion factor (the file has none and none was given).");
    }
    BigDecimal allowed = work.add(pe).add(mp).multiply(factor).setScale(2, RoundingMode.HALF_UP);
    return new Rvu(code, work, pe, mp, factor, allowed);
  }

  private static BigDecimal number(List<String> cells, Map<String, Integer> column, String name, String code) {
    String text = cell(cells, column.get(name));
    if (text.isEmpty()) {
      return BigDecimal.ZERO;
    }
    try {
      BigDecimal n = new BigDecimal(text);
      if (n.signum() < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(code + ": " + name + " \"" + text + "\" is not a number of 0 or more.");
    }
  }

  private static String cell(List<String> cells, Integer i) {
    return i == null || i >= cells.size() ? "" : cells.get(i).strip();
  }

  /** Each column's heading, the heading rows' words joined top to bottom ("WORK" + "RVU" = "WORK RVU"). */
  private static Map<String, Integer> columns(List<List<String>> headings) {
    Map<String, Integer> out = new HashMap<>();
    int width = headings.stream().mapToInt(List::size).max().orElse(0);
    for (int i = 0; i < width; i++) {
      StringBuilder name = new StringBuilder();
      for (List<String> row : headings) {
        String part = i < row.size() ? row.get(i).strip() : "";
        if (!part.isEmpty()) {
          name.append(name.length() == 0 ? "" : " ").append(part);
        }
      }
      String key = name.toString().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
      out.putIfAbsent(key, i);
    }
    return out;
  }

  /** The cells of a CSV line; quoted cells may hold commas and doubled quotes. */
  static List<String> cells(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString());
    return out;
  }
}
