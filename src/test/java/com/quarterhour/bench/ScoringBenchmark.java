package com.quarterhour.bench;

import com.quarterhour.rules.Discipline;
import com.quarterhour.rules.LineInput;
import com.quarterhour.rules.Score;
import com.quarterhour.rules.ScoringEngine;
import com.quarterhour.rules.UnitMethod;
import com.quarterhour.rules.VisitInput;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
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
 * lines, start/stop times on a third of the visits, Medicare and commercial payers. Run with
 * {@code mvn -Pbench verify}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScoringBenchmark {

  private static final String[] TIMED = {"97110", "97112", "97116", "97140", "97530", "97535", "97035", "97032"};
  private static final String[] UNTIMED = {"97010", "97012", "97014", "97150", "97161", "97164", "G0283"};
  private static final int VISITS = 4096; // a power of two: the index wraps with a mask

  private final ScoringEngine engine = ScoringEngine.bundled();
  private VisitInput[] visits;
  private int next;

  @Setup
  public void makeVisits() {
    SplittableRandom random = new SplittableRandom(20261126);
    visits = new VisitInput[VISITS];
    LocalDate dos = LocalDate.of(2026, 6, 1);
    for (int v = 0; v < VISITS; v++) {
      boolean medicare = random.nextBoolean();
      boolean times = random.nextInt(3) == 0;
      int count = 1 + random.nextInt(8);
      List<LineInput> lines = new ArrayList<>(count);
      LocalTime clock = LocalTime.of(8, 0);
      for (int i = 0; i < count; i++) {
        String code = random.nextInt(5) == 0 ? UNTIMED[random.nextInt(UNTIMED.length)] : TIMED[random.nextInt(TIMED.length)];
        List<String> mods = new ArrayList<>(2);
        if (random.nextInt(10) < 8) {
          mods.add("GP");
        }
        if (random.nextInt(6) == 0) {
          mods.add("59");
        }
        int minutes = 5 + random.nextInt(35);
        if (times) {
          // Mostly back to back, sometimes overlapping, as real notes are.
          LocalTime start = random.nextInt(5) == 0 ? clock.minusMinutes(5) : clock;
          clock = start.plusMinutes(minutes);
          lines.add(new LineInput(code, mods, minutes, start, clock, null));
        } else {
          lines.add(new LineInput(code, mods, minutes, null, null, null));
        }
      }
      visits[v] = new VisitInput(dos, medicare ? UnitMethod.CMS_TOTAL_TIME : UnitMethod.PER_CODE, medicare, Discipline.PT, lines);
    }
  }

  @Benchmark
  public Score scoreOneVisit() {
    return engine.score(visits[next++ & (VISITS - 1)]);
  }
}
