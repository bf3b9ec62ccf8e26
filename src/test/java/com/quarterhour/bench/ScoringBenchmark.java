package com.quarterhour.bench;

import com.quarterhour.rules.AssistantMinutes;
import com.quarterhour.rules.Discipline;
import com.quarterhour.rules.FeeSchedule;
import com.quarterhour.rules.Score;
import com.quarterhour.rules.ScoringEngine;
import com.quarterhour.rules.UnitMethod;
import com.quarterhour.rules.VisitHistory;
import com.quarterhour.rules.VisitInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One operation scores one visit (units and every edit, those across visits included) from a
 * realistic synthetic mix: 1–8 lines, start/stop times on a third of the visits, Medicare and
 * commercial payers; every visit comes with what the portal knows of the patient's year (spending
 * around the KX threshold, a plan of care mostly certified, now and then unsigned or expired;
 * progress days; an authorization on a third of the commercial visits; a PTA's split minutes on
 * one visit in ten; the therapist's other one-on-one times on visits with times). The operation
 * starts from raw values as the API and the database hand them over (code and modifier strings,
 * minutes or clock times as numbers, amounts in cents, dates) and builds the engine's input and
 * history itself, so that work moved into constructing them is measured too. Run with
 * {@code mvn -Pbench verify}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScoringBenchmark {

  private static final String[] TIMED = {"97110", "97112", "97116", "97140", "97530", "97535", "97035", "97032"};
  private static final String[] UNTIMED = {"97010", "97012", "97014", "97150", "97161", "97164", "G0283"};
  /**
   * How many different visits the operations cycle through (a power of two: the index wraps with a
   * mask). 256 visits (about 300 KB of raw values, in the core's own cache) model what the portal
   * and the API score: values a parser or the database has just handed over. Thousands of visits
   * hold megabytes that the operations cycle through faster than a cache keeps them; on a host whose
   * last-level cache is shared with other machines, that measures the neighbours' memory traffic
   * (3x slower, and swinging from run to run), not the engine: {@code -p visitCount=4096} shows it.
   * 256 visits, of 1-8 lines each, still vary far beyond what branch prediction can learn.
   */
  @Param({"256"})
  public int visitCount;

  private final ScoringEngine engine = ScoringEngine.bundled();
  private static final LocalDate DOS = LocalDate.of(2026, 6, 1);

  /** One visit as raw values; a time is minutes since midnight, -1 when the line has minutes only. */
  record RawVisit(boolean medicare, String[] codes, String[][] modifiers, int[] minutes, int[] starts, int[] stops, RawHistory history) {}

  /**
   * What the database hands over about the patient's year and the therapist's day: a plan's dates
   * (null first treatment: no plan), an authorization (allowed -1: none), one line split with an
   * assistant (line -1: none), other patients' one-on-one times (null: none).
   */
  record RawHistory(long ytdCents, LocalDate planFirst, LocalDate planSigned, LocalDate planThrough, int progressDays,
      boolean report, int authUsed, int authAllowed, int splitLine, int therapistMinutes, int assistantMinutes, int[] busy) {}

  /** Medicare's 2026 allowed amounts per unit, near the real ones (only the sums matter here). */
  private final FeeSchedule fees = engine.fees(Map.of(
      "97110", new BigDecimal("29.62"), "97112", new BigDecimal("34.07"), "97116", new BigDecimal("29.29"),
      "97140", new BigDecimal("27.51"), "97530", new BigDecimal("34.41"), "97535", new BigDecimal("32.77"),
      "97035", new BigDecimal("13.01"), "97032", new BigDecimal("15.43"), "97012", new BigDecimal("13.47"),
      "97150", new BigDecimal("18.67")));

  private RawVisit[] visits;
  /** The same visits built once, for {@link #scorePrebuiltVisit}: what scoring alone costs. */
  private VisitInput[] built;
  private VisitHistory[] histories;
  private int next;

  @Setup
  public void makeVisits() {
    SplittableRandom random = new SplittableRandom(20261126);
    visits = new RawVisit[visitCount];
    for (int v = 0; v < visitCount; v++) {
      boolean medicare = random.nextBoolean();
      long ytd = medicare ? random.nextLong(350_000) : 0;
      // Clinics add KX once a patient nears the threshold; one visit in ten forgets.
      boolean kx = ytd > 220_000 && random.nextInt(10) != 0;
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
        if (kx) {
          mods.add("KX");
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
      visits[v] = new RawVisit(medicare, codes, modifiers, minutes, starts, stops, rawHistory(random, ytd, medicare, times, minutes));
    }
    built = new VisitInput[visitCount];
    histories = new VisitHistory[visitCount];
    for (int v = 0; v < visitCount; v++) {
      built[v] = build(visits[v]);
      histories[v] = history(visits[v]);
    }
  }

  private static RawHistory rawHistory(SplittableRandom random, long ytd, boolean medicare, boolean times, int[] minutes) {
    LocalDate first = DOS.minusDays(random.nextInt(100));
    boolean signed = random.nextInt(10) != 0;
    boolean plan = medicare || random.nextBoolean();
    int authAllowed = !medicare && random.nextInt(3) == 0 ? 12 : -1;
    int splitLine = random.nextInt(10) == 0 ? random.nextInt(minutes.length) : -1;
    int assistant = splitLine < 0 ? 0 : random.nextInt(minutes[splitLine] + 1);
    int[] busy = null;
    if (times) {
      busy = new int[1 + random.nextInt(3)];
      for (int k = 0; k < busy.length; k++) {
        int start = 7 * 60 + random.nextInt(10 * 60);
        busy[k] = VisitInput.clockSpan(start, start + 15 + random.nextInt(45));
      }
    }
    return new RawHistory(ytd, plan ? first : null, plan && signed ? first.plusDays(random.nextInt(20)) : null,
        plan && signed ? first.plusDays(89) : null, random.nextInt(12), random.nextInt(10) == 0,
        random.nextInt(13), authAllowed, splitLine, splitLine < 0 ? 0 : minutes[splitLine] - assistant, assistant, busy);
  }

  /** The goal's measure: raw values in, score out. */
  @Benchmark
  public Score scoreOneVisit() {
    RawVisit raw = visits[next++ & (visitCount - 1)];
    return engine.score(build(raw), history(raw));
  }

  /** The same visits scored alone (no history: the edits across visits stay silent), for comparison. */
  @Benchmark
  public Score scoreOneVisitAlone() {
    return engine.score(build(visits[next++ & (visitCount - 1)]));
  }

  /** Scoring an input that already exists (as the portal does with a stored visit): for comparison. */
  @Benchmark
  public Score scorePrebuiltVisit() {
    int v = next++ & (visitCount - 1);
    return engine.score(built[v], histories[v]);
  }

  /** What the services do with what the database gave: the engine's history value. */
  private VisitHistory history(RawVisit visit) {
    RawHistory raw = visit.history();
    VisitHistory.Authorization auth = raw.authAllowed() < 0 ? null : new VisitHistory.Authorization(null, raw.authUsed(), raw.authAllowed(), null, null);
    AssistantMinutes split = null;
    if (raw.splitLine() >= 0) {
      int[] minutes = new int[3 * visit.codes().length];
      minutes[3 * raw.splitLine()] = raw.therapistMinutes();
      minutes[3 * raw.splitLine() + 1] = raw.assistantMinutes();
      split = AssistantMinutes.of(minutes);
    }
    int[] busy = raw.busy() == null ? null : raw.busy().clone();
    return VisitHistory.ofColumns(raw.ytdCents(), fees, raw.planFirst(), raw.planSigned(), raw.planThrough(), raw.progressDays(),
        raw.report(), auth, split, busy);
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
