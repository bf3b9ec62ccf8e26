package com.quarterhour.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * "Today" in the clinic's time zone (QH_TIME_ZONE, default the server's), so that a date of
 * service entered late in the evening is not taken for tomorrow's.
 */
@Named
@ApplicationScoped
public class ClinicCalendar {

  private final Clock clock;

  public ClinicCalendar() {
    String zone = System.getenv("QH_TIME_ZONE");
    this.clock = Clock.system(zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone));
  }

  public java.time.ZoneId zone() {
    return clock.getZone();
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** "2026-11-26 14:02:11" in the clinic's time zone: how histories show when a change was made. */
  public String when(java.time.Instant at) {
    return at == null ? "" : WHEN.format(at.atZone(clock.getZone()));
  }

  private static final java.time.format.DateTimeFormatter WHEN =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
}
