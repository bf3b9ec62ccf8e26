package com.quarterhour.portal.web;

import com.quarterhour.rules.Limits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The visit limits of {@link Limits} for pages (#{limits.maxMinutes}), so no page repeats a number. */
@Named("limits")
@ApplicationScoped
public class LimitsView {

  public int getMinMinutes() {
    return Limits.MIN_MINUTES;
  }

  public int getMaxMinutes() {
    return Limits.MAX_MINUTES;
  }

  public int getMaxLines() {
    return Limits.MAX_LINES;
  }

  public int getMaxUnits() {
    return Limits.MAX_UNITS;
  }
}
