package com.quarterhour.bench;

import com.quarterhour.rules.Discipline;
import com.quarterhour.rules.Score;
import com.quarterhour.rules.ScoringEngine;
import com.quarterhour.rules.UnitMethod;
import com.quarterhour.rules.VisitInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One operation scores one visit (units and every edit) from a realistic synthetic mix: 1–8
 * lines, start/stop times on a third of the visits, Medicare and commercial payers. The operation
 * starts from raw values as the API receives them (code and modifier strings, minutes or clock
 * times as numbers) and builds the engine's input itself, so that work moved into constructing the
 * input is measured too. Run with {@code mvn -Pbench verify}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScoringBenchmark {

  private static final String[] TIMED = {"97110", "97112", "97116", "97140", "97530", "97535", "97035", "97032"};
  private static final String[] UNTIMED = {"97010", "97012", "97014", "97150", "97161", "97164", "G0283"};
  private static final int VISITS = 4096; // a power of two: the index wraps with a mask

  private final ScoringEngine engine = ScoringEngine.bundled();
  private static final LocalDate DOS = LocalDate.of(2026, 6, 1);

  /** One visit as raw values; a time is minutes since midnight, -1 when the line has minutes only. */
  record RawVisit(boolean medicare, String[] codes, String[][] modifiers, int[] minutes, int[] starts, int[] stops) {}

  private RawVisit[] visits;
  /** The same visits built once, for {@link #scorePrebuiltVisit}: what scoring alone costs. */
  private VisitInput[] built;
  private int next;

  @Setup
  public void makeVisits() {
    SplittableRandom random = new SplittableRandom(20261126);
    visits = new RawVisit[VISITS];
    for (int v = 0; v < VISITS; v++) {
      boolean medicare = random.nextBoolean();
      boolean times = random.nextInt(3) == 0;
      int count = 1 + random.nextInt(8);
      String[] codes = new String[count];
      String[][] modifiers = new String[count][];
      int[] minutes = new int[count];
      int[] starts = new int[count];
      int[] stops = new int[count];
      int clock = 8 * 60;
      for (int i = 0; i < count; i++) {
        codes[i] = random.nextInt(5) == 0 ? UNTIMED[random.nextInt(UNTIMED.length)] : TIMED[random.nextInt(TIMED.length)];
        List<String> mods = new ArrayList<>(2);
        if (random.nextInt(10) < 8) {
          mods.add("GP");
        }
        if (random.nextInt(6) == 0) {
          mods.add("59");
        }
        // Fresh strings, as a parser hands them over: no interned constants shared with the catalog.
        modifiers[i] = mods.stream().map(m -> new String(m.toCharArray())).toArray(String[]::new);
        codes[i] = new String(codes[i].toCharArray());
        minutes[i] = 5 + random.nextInt(35);
        if (times) {
          // Mostly back to back, sometimes overlapping, as real notes are.
          int start = random.nextInt(5) == 0 ? clock - 5 : clock;
          starts[i] = start;
          stops[i] = start + minutes[i];
          clock = stops[i];
        } else {
          starts[i] = -1;
          stops[i] = -1;
        }
      }
      visits[v] = new RawVisit(medicare, codes, modifiers, minutes, starts, stops);
    }
    built = new VisitInput[VISITS];
    for (int v = 0; v < VISITS; v++) {
      built[v] = build(visits[v]);
    }
  }

  /** The goal's measure: raw values in, score out. */
  @Benchmark
  public Score scoreOneVisit() {
    return engine.score(build(visits[next++ & (VISITS - 1)]));
  }

  /** Scoring an input that already exists (as the portal does with a stored visit): for comparison. */
  @Benchmark
  public Score scorePrebuiltVisit() {
    return engine.score(built[next++ & (VISITS - 1)]);
  }

  /** What a parser does with the raw values: each line into the visit's columns, times packed. */
  private static VisitInput build(RawVisit raw) {
    UnitMethod method = raw.medicare() ? UnitMethod.CMS_TOTAL_TIME : UnitMethod.PER_CODE;
    int n = raw.codes().length;
    String[] codes = new String[n];
    String[][] modifiers = new String[n][];
    int[] minutes = new int[n];
    int[] times = null;
    for (int i = 0; i < n; i++) {
      codes[i] = raw.codes()[i];
      modifiers[i] = raw.modifiers()[i];
      int start = raw.starts()[i];
      if (start >= 0) {
        if (times == null) {
          times = new int[n];
          Arrays.fill(times, -1);
        }
        times[i] = VisitInput.clockSpan(start, raw.stops()[i]);
        minutes[i] = raw.stops()[i] - start;
      } else {
        minutes[i] = raw.minutes()[i];
      }
    }
    return VisitInput.ofColumns(DOS, method, raw.medicare(), Discipline.PT, codes, modifiers, minutes, times);
  }
}
