package com.quarterhour.rules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What the engine scores: one patient's treatment on one date of service under one payer. The
 * lines are kept column by column (codes, modifiers, minutes, times), which is what the edits read,
 * and handed out as {@link LineInput}s only when somebody asks for them: scoring a visit then makes
 * no object per line.
 *
 * <p>Build one from lines ({@link #VisitInput(LocalDate, UnitMethod, boolean, Discipline, List)}) or,
 * where the values arrive raw, from columns ({@link #ofColumns}).
 */
public final class VisitInput {

  private final LocalDate dateOfService;
  /**
   * The unit method, whether Medicare-only edits apply, and the discipline, in one number (every
   * scored visit is one of these objects: the engine's allocation goal counts its bytes).
   */
  private final int kind;
  private static final UnitMethod[] METHODS = UnitMethod.values();
  private static final Discipline[] DISCIPLINES = Discipline.values();
  private final String[] codes;
  private final String[][] modifiers;
  private final int[] minutes;
  /**
   * Start and stop of each line as minutes of the day, packed (start × 2048 + stop), -1 for a line
   * documented in minutes; null when no line has times.
   */
  private final int[] times;
  /** Null when no line has units set by hand. */
  private final Integer[] manualUnits;

  private static final String[] NO_MODIFIERS = {};

  /**
   * @param medicare whether Medicare-only edits apply (G0283, bundled 97010, GP/GO/GN)
   * @param discipline the plan of care's discipline, or null when unknown
   */
  public VisitInput(LocalDate dateOfService, UnitMethod method, boolean medicare, Discipline discipline, List<LineInput> lines) {
    this.dateOfService = Objects.requireNonNull(dateOfService, "dateOfService");
    this.kind = kind(method, medicare, discipline);
    int n = lines.size();
    codes = new String[n];
    modifiers = new String[n][];
    minutes = new int[n];
    int[] t = null;
    Integer[] manual = null;
    for (int i = 0; i < n; i++) {
      LineInput line = lines.get(i);
      codes[i] = line.code();
      modifiers[i] = line.modifiers().toArray(NO_MODIFIERS);
      minutes[i] = line.minutes();
      if (line.hasTimes()) {
        if (t == null) {
          t = new int[n];
          Arrays.fill(t, -1);
        }
        t[i] = pack(line.start(), line.stop());
      }
      if (line.billedUnits() != null) {
        manual = manual == null ? new Integer[n] : manual;
        manual[i] = line.billedUnits();
      }
    }
    times = t;
    manualUnits = manual;
  }

  private VisitInput(LocalDate dateOfService, UnitMethod method, boolean medicare, Discipline discipline, String[] codes,
      String[][] modifiers, int[] minutes, int[] times) {
    this.dateOfService = Objects.requireNonNull(dateOfService, "dateOfService");
    this.kind = kind(method, medicare, discipline);
    this.codes = codes;
    this.modifiers = modifiers;
    this.minutes = minutes;
    this.times = times;
    this.manualUnits = null; // raw values from the API carry no units set by hand
  }

  /**
   * A visit from its columns, as a parser that reads the lines one by one fills them: line i is
   * {@code codes[i]} with {@code modifiers[i]} and {@code minutes[i]}; {@code times} is null when no
   * line has start/stop times, else each line's {@link #clockSpan} or -1 for a line with minutes only.
   * The arrays become the visit's (nothing is copied): do not change them afterwards.
   */
  public static VisitInput ofColumns(LocalDate dateOfService, UnitMethod method, boolean medicare, Discipline discipline,
      String[] codes, String[][] modifiers, int[] minutes, int[] times) {
    int n = codes.length;
    if (modifiers.length != n || minutes.length != n || (times != null && times.length != n)) {
      throw new IllegalArgumentException("every column needs one entry per line (" + n + " lines)");
    }
    return new VisitInput(dateOfService, method, medicare, discipline, codes, modifiers, minutes, times);
  }

  /** A line's start and stop, in minutes after midnight (0–1439), as {@link #ofColumns} takes them. */
  public static int clockSpan(int startMinute, int stopMinute) {
    if (startMinute < 0 || startMinute >= 24 * 60 || stopMinute < 0 || stopMinute >= 24 * 60) {
      throw new IllegalArgumentException("a time of day is 0–1439 minutes after midnight: " + startMinute + ", " + stopMinute);
    }
    return startMinute << 11 | stopMinute;
  }

  /** The start (minutes after midnight) of a {@link #clockSpan}. */
  public static int spanStart(int clockSpan) {
    return clockSpan >>> 11;
  }

  /** The stop of a {@link #clockSpan}. */
  public static int spanStop(int clockSpan) {
    return clockSpan & 2047;
  }

  public LocalDate dateOfService() {
    return dateOfService;
  }

  private static int kind(UnitMethod method, boolean medicare, Discipline discipline) {
    Objects.requireNonNull(method, "method");
    return method.ordinal() | (medicare ? 1 << 4 : 0) | (discipline == null ? 0 : discipline.ordinal() + 1) << 5;
  }

  public UnitMethod method() {
    return METHODS[kind & 15];
  }

  public boolean medicare() {
    return (kind & 1 << 4) != 0;
  }

  public Discipline discipline() {
    int d = kind >>> 5;
    return d == 0 ? null : DISCIPLINES[d - 1];
  }

  /** How many lines the visit has. */
  public int size() {
    return codes.length;
  }

  public String code(int i) {
    return codes[i];
  }

  /** Line i's modifiers as a list (made on request; the checks read {@link #modifier}). */
  public List<String> modifiers(int i) {
    return List.of(modifiers[i]);
  }

  public int modifierCount(int i) {
    return modifiers[i].length;
  }

  /** Line i's k-th modifier. */
  public String modifier(int i, int k) {
    return modifiers[i][k];
  }

  public int minutes(int i) {
    return minutes[i];
  }

  public boolean hasTimes(int i) {
    return times != null && times[i] >= 0;
  }

  /** The line's start time (to the minute), or null. */
  public LocalTime start(int i) {
    return hasTimes(i) ? LineInput.clock(startMinute(i)) : null;
  }

  public LocalTime stop(int i) {
    return hasTimes(i) ? LineInput.clock(stopMinute(i)) : null;
  }

  /** Minutes after midnight the line started; only for a line with times. */
  public int startMinute(int i) {
    return spanStart(times[i]);
  }

  public int stopMinute(int i) {
    return spanStop(times[i]);
  }

  private static int pack(LocalTime start, LocalTime stop) {
    return clockSpan(start.toSecondOfDay() / 60, stop.toSecondOfDay() / 60);
  }

  /** Units a coder set by hand on the line, or null to bill what the minutes give. */
  public Integer manualUnits(int i) {
    return manualUnits == null ? null : manualUnits[i];
  }

  /** The lines as objects, in entry order (made on each request: the checks read the columns). */
  public List<LineInput> lines() {
    List<LineInput> out = new ArrayList<>(codes.length);
    for (int i = 0; i < codes.length; i++) {
      out.add(line(i));
    }
    return Collections.unmodifiableList(out);
  }

  /** One line as an object. */
  public LineInput line(int i) {
    return new LineInput(codes[i], List.of(modifiers[i]), minutes[i], start(i), stop(i), manualUnits(i));
  }

  @Override
  public String toString() {
    return "VisitInput[" + dateOfService + ", " + method() + (medicare() ? ", Medicare" : "") + ", " + discipline() + ", " + lines() + "]";
  }
}
