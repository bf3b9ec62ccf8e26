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
 * where the values arrive raw as in the API, with {@link #builder}.
 */
public final class VisitInput {

  private final LocalDate dateOfService;
  private final UnitMethod method;
  private final boolean medicare;
  private final Discipline discipline;
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
  private List<LineInput> lines;

  private static final String[] NO_MODIFIERS = {};

  /**
   * @param medicare whether Medicare-only edits apply (G0283, bundled 97010, GP/GO/GN)
   * @param discipline the plan of care's discipline, or null when unknown
   */
  public VisitInput(LocalDate dateOfService, UnitMethod method, boolean medicare, Discipline discipline, List<LineInput> lines) {
    this.dateOfService = Objects.requireNonNull(dateOfService, "dateOfService");
    this.method = Objects.requireNonNull(method, "method");
    this.medicare = medicare;
    this.discipline = discipline;
    this.lines = List.copyOf(lines);
    int n = this.lines.size();
    codes = new String[n];
    modifiers = new String[n][];
    minutes = new int[n];
    int[] t = null;
    Integer[] manual = null;
    for (int i = 0; i < n; i++) {
      LineInput line = this.lines.get(i);
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

  private VisitInput(Builder b) {
    dateOfService = Objects.requireNonNull(b.dateOfService, "dateOfService");
    method = Objects.requireNonNull(b.method, "method");
    medicare = b.medicare;
    discipline = b.discipline;
    int n = b.size;
    codes = n == b.codes.length ? b.codes : Arrays.copyOf(b.codes, n);
    modifiers = n == b.modifiers.length ? b.modifiers : Arrays.copyOf(b.modifiers, n);
    minutes = n == b.minutes.length ? b.minutes : Arrays.copyOf(b.minutes, n);
    times = b.times == null || n == b.times.length ? b.times : Arrays.copyOf(b.times, n);
    manualUnits = null; // raw values from the API carry no units set by hand
  }

  /**
   * Collects a visit line by line from raw values; give the number of lines when known, so that
   * nothing is copied. The builder's arrays become the visit's: use a builder once.
   */
  public static Builder builder(LocalDate dateOfService, UnitMethod method, boolean medicare, Discipline discipline, int lines) {
    return new Builder(dateOfService, method, medicare, discipline, Math.max(1, lines));
  }

  /** See {@link VisitInput#builder}. */
  public static final class Builder {
    private final LocalDate dateOfService;
    private final UnitMethod method;
    private final boolean medicare;
    private final Discipline discipline;
    private String[] codes;
    private String[][] modifiers;
    private int[] minutes;
    private int[] times;
    private int size;
    private boolean built;

    private Builder(LocalDate dateOfService, UnitMethod method, boolean medicare, Discipline discipline, int capacity) {
      this.dateOfService = dateOfService;
      this.method = method;
      this.medicare = medicare;
      this.discipline = discipline;
      codes = new String[capacity];
      modifiers = new String[capacity][];
      minutes = new int[capacity];
    }

    /**
     * A line with its minutes. The modifiers array becomes the visit's (as a parsed request hands
     * it over): do not change it afterwards.
     */
    public Builder line(String code, int lineMinutes, String... lineModifiers) {
      int i = next();
      codes[i] = code;
      modifiers[i] = lineModifiers;
      minutes[i] = lineMinutes;
      return this;
    }

    /** A line with its start and stop times; its minutes are the span. The modifiers as for {@link #line}. */
    public Builder timedLine(String code, LocalTime start, LocalTime stop, String... lineModifiers) {
      int i = next();
      codes[i] = code;
      modifiers[i] = lineModifiers;
      minutes[i] = (stop.toSecondOfDay() - start.toSecondOfDay()) / 60;
      if (times == null) {
        times = new int[codes.length];
        Arrays.fill(times, -1);
      }
      times[i] = pack(start, stop);
      return this;
    }

    public VisitInput build() {
      if (built) {
        throw new IllegalStateException("a builder makes one visit");
      }
      built = true;
      return new VisitInput(this);
    }

    private int next() {
      if (built) {
        throw new IllegalStateException("a builder makes one visit");
      }
      if (size == codes.length) {
        int grown = size * 2;
        codes = Arrays.copyOf(codes, grown);
        modifiers = Arrays.copyOf(modifiers, grown);
        minutes = Arrays.copyOf(minutes, grown);
        if (times != null) {
          times = Arrays.copyOf(times, grown);
          Arrays.fill(times, size, grown, -1);
        }
      }
      return size++;
    }
  }

  public LocalDate dateOfService() {
    return dateOfService;
  }

  public UnitMethod method() {
    return method;
  }

  public boolean medicare() {
    return medicare;
  }

  public Discipline discipline() {
    return discipline;
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
    return times[i] >>> 11;
  }

  public int stopMinute(int i) {
    return times[i] & 2047;
  }

  private static int pack(LocalTime start, LocalTime stop) {
    return (start.toSecondOfDay() / 60) << 11 | stop.toSecondOfDay() / 60;
  }

  /** Units a coder set by hand on the line, or null to bill what the minutes give. */
  public Integer manualUnits(int i) {
    return manualUnits == null ? null : manualUnits[i];
  }

  /** The lines as objects, in entry order; made on first request. */
  public List<LineInput> lines() {
    List<LineInput> made = lines;
    if (made == null) {
      List<LineInput> out = new ArrayList<>(codes.length);
      for (int i = 0; i < codes.length; i++) {
        out.add(line(i));
      }
      made = Collections.unmodifiableList(out);
      lines = made;
    }
    return made;
  }

  /** One line as an object. */
  public LineInput line(int i) {
    return lines != null ? lines.get(i) : new LineInput(codes[i], List.of(modifiers[i]), minutes[i], start(i), stop(i), manualUnits(i));
  }

  @Override
  public String toString() {
    return "VisitInput[" + dateOfService + ", " + method + (medicare ? ", Medicare" : "") + ", " + discipline + ", " + lines() + "]";
  }
}
