package com.quarterhour.visit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Refuses a save made from an out-of-date view of a visit, saying who changed it and when, so that
 * nobody's work is silently overwritten.
 */
public final class StaleCheck {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM d 'at' HH:mm:ss", Locale.US);

  private StaleCheck() {}

  /**
   * @param seenVersion the version the caller's page showed
   */
  public static void require(Visit visit, long seenVersion, ZoneId zone) throws WorkflowException {
    if (visit.getVersion() != seenVersion) {
      String who = visit.getUpdatedBy() == null ? "someone else" : visit.getUpdatedBy();
      String when = visit.getUpdatedAt() == null ? "" : " on " + WHEN.format(visit.getUpdatedAt().atZone(zone));
      throw new WorkflowException("Visit " + visit.getId() + " was changed by " + who + when
          + " — reload it to see that change; nothing of yours was saved.");
    }
  }
}
