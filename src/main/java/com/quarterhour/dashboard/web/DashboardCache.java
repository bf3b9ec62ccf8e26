package com.quarterhour.dashboard.web;

import com.quarterhour.dashboard.service.DashboardFigures;
import com.quarterhour.dashboard.service.DashboardFigures.Figure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The dashboard's figures, counted at most once per {@link #FRESH} for each audience (the clinic,
 * or one therapist): counting a million visits takes the database a noticeable moment, and a
 * dashboard read by fifty people at once need not count fifty times. The page says how old the
 * figures are. When two requests find the figures stale, one counts and the other waits for it.
 */
@ApplicationScoped
public class DashboardCache {

  /** How long counted figures are shown before they are counted again. */
  static final Duration FRESH = Duration.ofSeconds(Long.getLong("quarterhour.dashboard.freshSeconds", 30));

  /** Every chart's figures for one audience, and when they were counted. */
  public record Snapshot(List<Figure> byStatus, List<Figure> queueAge, List<Figure> topFindings, List<Figure> unitsPerVisit,
      Instant countedAt) {}

  private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();

  /**
   * The audience's figures, counted anew when older than {@link #FRESH}.
   *
   * @param audience "clinic", or the therapist's user name (their own visits only)
   * @param count counts the figures; it runs with the caller's identity, so a therapist's count is theirs
   */
  public Snapshot figures(String audience, Supplier<Snapshot> count) {
    Snapshot current = snapshots.get(audience);
    if (current != null && current.countedAt().plus(FRESH).isAfter(Instant.now())) {
      return current;
    }
    synchronized (lockFor(audience)) {
      Snapshot again = snapshots.get(audience);
      if (again != null && again != current && again.countedAt().plus(FRESH).isAfter(Instant.now())) {
        return again; // another request counted while this one waited
      }
      Snapshot fresh = count.get();
      snapshots.put(audience, fresh);
      return fresh;
    }
  }

  private final Map<String, Object> locks = new ConcurrentHashMap<>();

  private Object lockFor(String audience) {
    return locks.computeIfAbsent(audience, a -> new Object());
  }

  /** Counts every chart of the caller's dashboard now. */
  static Snapshot count(DashboardFigures figures, java.time.LocalDate today, boolean clinicWide) {
    return new Snapshot(figures.countsByStatus(), clinicWide ? figures.queueAge() : List.of(),
        figures.topFindingsThisMonth(today, 10), figures.unitsPerVisitByTherapist(today), Instant.now());
  }
}
