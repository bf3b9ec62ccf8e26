package com.quarterhour.rules;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** NCCI practitioner PTP pairs, effective-dated, looked up in either column order. */
public final class NcciTable {

  private static final String BUNDLED = "ncci-ptp.tsv";
  private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

  /** code -> other code -> pairs (all versions over time) that join them. */
  private final Map<String, Map<String, List<PtpEdit>>> byCode = new HashMap<>();
  private final List<PtpEdit> all;

  public NcciTable(Collection<PtpEdit> edits) {
    this.all = List.copyOf(edits);
    for (PtpEdit e : all) {
      byCode.computeIfAbsent(e.column1(), k -> new HashMap<>()).computeIfAbsent(e.column2(), k -> new ArrayList<>()).add(e);
      byCode.computeIfAbsent(e.column2(), k -> new HashMap<>()).computeIfAbsent(e.column1(), k -> new ArrayList<>()).add(e);
    }
  }

  /** The starter pairs of billing-rules.md section 3.1, each with its source. */
  public static NcciTable starter() {
    try (Reader in = TableFile.bundled(BUNDLED)) {
      return parse(in, BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ImportException e) {
      throw new IllegalStateException("the bundled NCCI table is broken: " + e.getMessage(), e);
    }
  }

  /**
   * Reads CMS's tab-delimited practitioner PTP layout: column 1, column 2, existed before 1996,
   * effective date, deletion date or *, modifier indicator, rationale. Lines starting with # and
   * blank lines are skipped. Any bad field fails the whole import, naming line and column.
   */
  public static NcciTable parse(Reader source, String name) throws IOException, ImportException {
    List<PtpEdit> edits = new ArrayList<>();
    TableFile.forEachRow(source, (lineNo, line) -> {
      String[] f = line.split("\t", -1);
      if (f.length != 7) {
        throw new ImportException(name, lineNo, 0, "expected 7 tab-separated columns, found " + f.length);
      }
      edits.add(
          new PtpEdit(
              code(f[0], name, lineNo, 1),
              code(f[1], name, lineNo, 2),
              flag(f[2], name, lineNo),
              date(f[3], name, lineNo, 4),
              "*".equals(f[4].trim()) ? null : date(f[4], name, lineNo, 5),
              indicator(f[5], name, lineNo),
              f[6].trim()));
    });
    return new NcciTable(edits);
  }

  /** The version in effect on the date, or null. */
  static PtpEdit inEffect(List<PtpEdit> versions, LocalDate dateOfService) {
    if (versions != null) {
      for (int i = 0; i < versions.size(); i++) {
        if (versions.get(i).isInEffectOn(dateOfService)) {
          return versions.get(i);
        }
      }
    }
    return null;
  }

  /** The pair joining two codes that is in effect on the date, or null. */
  public PtpEdit pairOn(String codeA, String codeB, LocalDate dateOfService) {
    Map<String, List<PtpEdit>> partners = byCode.get(codeA);
    if (partners == null) {
      return null;
    }
    return inEffect(partners.get(codeB), dateOfService);
  }

  /** Every pair a code belongs to, for the code lookup screen. */
  public List<PtpEdit> pairsOf(String code) {
    List<PtpEdit> out = new ArrayList<>();
    byCode.getOrDefault(code, Map.of()).values().forEach(out::addAll);
    return out;
  }

  public List<PtpEdit> all() {
    return all;
  }

  private static String code(String value, String name, int line, int column) throws ImportException {
    String v = value.trim();
    if (!v.matches("[0-9A-Z][0-9]{3}[0-9A-Z]")) {
      throw new ImportException(name, line, column, "'" + value + "' is not a CPT/HCPCS code");
    }
    return v;
  }

  private static boolean flag(String value, String name, int line) throws ImportException {
    return switch (value.trim()) {
      case "" , "0" -> false;
      case "1" -> true;
      default -> throw new ImportException(name, line, 3, "'" + value + "' is not a pre-1996 flag (1 or blank)");
    };
  }

  private static LocalDate date(String value, String name, int line, int column) throws ImportException {
    try {
      return LocalDate.parse(value.trim(), YYYYMMDD);
    } catch (DateTimeParseException e) {
      throw new ImportException(name, line, column, "'" + value + "' is not a date YYYYMMDD");
    }
  }

  private static int indicator(String value, String name, int line) throws ImportException {
    return switch (value.trim()) {
      case "0" -> 0;
      case "1" -> 1;
      case "9" -> 9;
      default -> throw new ImportException(name, line, 6, "'" + value + "' is not a modifier indicator (0, 1 or 9)");
    };
  }
}
