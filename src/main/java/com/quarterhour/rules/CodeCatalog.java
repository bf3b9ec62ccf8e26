package com.quarterhour.rules;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The codes Quarterhour knows, loaded from data (codes.csv), never hard-coded in the rules. */
public final class CodeCatalog {

  private static final String BUNDLED = "codes.csv";
  private static final int COLUMNS = 8;

  private static final String DESCRIPTORS = "code-descriptors.csv";

  private final Map<String, CodeDefinition> byCode;
  private final Map<String, List<DescriptorChange>> history = new java.util.HashMap<>();

  public CodeCatalog(Collection<CodeDefinition> codes) {
    this(codes, List.of());
  }

  /** Codes with their descriptor history; every change must name a code of the catalog. */
  public CodeCatalog(Collection<CodeDefinition> codes, Collection<DescriptorChange> changes) {
    // A plain LinkedHashMap: scoring looks codes up on every line, so no wrapper in between.
    Map<String, CodeDefinition> map = new LinkedHashMap<>();
    for (CodeDefinition c : codes) {
      if (map.putIfAbsent(c.code(), c) != null) {
        throw new IllegalArgumentException("code " + c.code() + " is listed twice");
      }
    }
    this.byCode = map; // never handed out: all() returns an unmodifiable view
    for (DescriptorChange change : changes) {
      if (!map.containsKey(change.code())) {
        throw new IllegalArgumentException("descriptor change for unknown code " + change.code());
      }
      history.computeIfAbsent(change.code(), k -> new java.util.ArrayList<>()).add(change);
    }
    history.values().forEach(list -> list.sort(java.util.Comparator.comparing(DescriptorChange::effective)));
  }

  /** The catalog shipped with the application, with its descriptor history. */
  public static CodeCatalog bundled() {
    try (Reader in = TableFile.bundled(BUNDLED);
        Reader changes = TableFile.bundled(DESCRIPTORS)) {
      return new CodeCatalog(parse(in, BUNDLED).all(), parseDescriptors(changes, DESCRIPTORS));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads code-descriptors.csv: code, effective date, descriptor. */
  public static List<DescriptorChange> parseDescriptors(Reader in, String source) throws IOException {
    List<DescriptorChange> changes = new java.util.ArrayList<>();
    TableFile.forEachRow(in, (lineNo, line) -> {
      String[] f = line.split(",", 3);
      if (f.length != 3) {
        throw new IllegalArgumentException(source + " line " + lineNo + ": expected code, effective date, descriptor");
      }
      changes.add(new DescriptorChange(f[0].trim(), parseDate(f[1], source, lineNo, 2), f[2].trim()));
    });
    return changes;
  }

  /**
   * The descriptor changes of a code, oldest first; a code without recorded changes has one entry:
   * its current descriptor since it became effective.
   */
  public List<DescriptorChange> history(String code) {
    CodeDefinition def = get(code);
    if (def == null) {
      return List.of();
    }
    List<DescriptorChange> changes = history.get(def.code());
    return changes == null ? List.of(new DescriptorChange(def.code(), def.effective(), def.description())) : List.copyOf(changes);
  }

  /** The descriptor in force on a date of service, or null before the code existed. */
  public String descriptorOn(String code, LocalDate date) {
    String found = null;
    for (DescriptorChange change : history(code)) {
      if (!change.effective().isAfter(date)) {
        found = change.descriptor();
      }
    }
    return found;
  }

  /** Reads the CSV layout of codes.csv; a bad row fails with its line and column. */
  public static CodeCatalog parse(Reader in, String source) throws IOException {
    List<CodeDefinition> codes = new java.util.ArrayList<>();
    TableFile.forEachRow(in, (lineNo, line) -> {
      String[] f = line.split(",", -1);
      if (f.length != COLUMNS) {
        throw new IllegalArgumentException(
            source + " line " + lineNo + ": expected " + COLUMNS + " columns, found " + f.length);
      }
      codes.add(
          new CodeDefinition(
              f[0].trim(),
              parseBoolean(f[1], source, lineNo, 2),
              parseEnum(CodeCategory.class, f[2], source, lineNo, 3),
              f[3].isBlank() ? null : parseEnum(Discipline.class, f[3], source, lineNo, 4),
              parseDate(f[4], source, lineNo, 5),
              f[5].isBlank() ? null : parseDate(f[5], source, lineNo, 6),
              f[6].isBlank() ? null : f[6].trim(),
              f[7].trim()));
    });
    return new CodeCatalog(codes);
  }

  public Optional<CodeDefinition> find(String code) {
    return Optional.ofNullable(get(code));
  }

  /** The code's definition or null; the exact spelling is tried first so scoring allocates nothing. */
  public CodeDefinition get(String code) {
    if (code == null) {
      return null;
    }
    CodeDefinition exact = byCode.get(code);
    return exact != null ? exact : byCode.get(code.trim().toUpperCase(java.util.Locale.ROOT));
  }

  /** The code exists and is valid on the date of service. */
  public boolean isBillable(String code, LocalDate dateOfService) {
    return find(code).map(c -> c.isEffectiveOn(dateOfService)).orElse(false);
  }

  public Collection<CodeDefinition> all() {
    return Collections.unmodifiableCollection(byCode.values());
  }

  private static boolean parseBoolean(String value, String source, int line, int column) {
    return switch (value.trim()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw bad(source, line, column, "expected true or false, found '" + value + "'");
    };
  }

  private static <E extends Enum<E>> E parseEnum(
      Class<E> type, String value, String source, int line, int column) {
    try {
      return Enum.valueOf(type, value.trim());
    } catch (IllegalArgumentException e) {
      throw bad(source, line, column, "unknown " + type.getSimpleName() + " '" + value + "'");
    }
  }

  private static LocalDate parseDate(String value, String source, int line, int column) {
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw bad(source, line, column, "expected a date YYYY-MM-DD, found '" + value + "'");
    }
  }

  private static IllegalArgumentException bad(String source, int line, int column, String what) {
    return new IllegalArgumentException(source + " line " + line + " column " + column + ": " + what);
  }
}
