package com.quarterhour.rules;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.TreeMap;

/**
 * Medicare's yearly therapy thresholds per patient (billing-rules.md section 4), read from the
 * shipped table kx-thresholds.csv: the KX threshold (the same amount for the PT+SLP bucket and for
 * OT) and the targeted medical review threshold. Amounts are kept in cents.
 */
public final class TherapyThresholds {

  private static final String BUNDLED = "kx-thresholds.csv";

  /** One year's amounts. */
  public record Year(int year, long kxCents, long medicalReviewCents) {}

  /** Years from the table's first to its last, a missing year holding the one before it: read without boxing a year. */
  private final Year[] byYear;
  private final int firstYear;

  private TherapyThresholds(TreeMap<Integer, Year> years) {
    this.firstYear = years.firstKey();
    this.byYear = new Year[years.lastKey() - firstYear + 1];
    for (int y = 0; y < byYear.length; y++) {
      byYear[y] = years.floorEntry(firstYear + y).getValue();
    }
  }

  private static final TherapyThresholds SHIPPED = load();

  /** The shipped table. */
  public static TherapyThresholds shipped() {
    return SHIPPED;
  }

  /**
   * The amounts for a date of service's year; a year past the table's last uses the last year's
   * amounts (their {@link Year#year()} says which), a year before its first has none (null).
   */
  public Year forYear(int year) {
    return year < firstYear ? null : byYear[Math.min(year - firstYear, byYear.length - 1)];
  }

  private static TherapyThresholds load() {
    TreeMap<Integer, Year> years = new TreeMap<>();
    try (Reader in = TableFile.bundled(BUNDLED)) {
      TableFile.forEachRow(in, (lineNo, line) -> {
        String[] f = line.split(",", 4);
        int year = Integer.parseInt(f[0].trim());
        years.put(year, new Year(year, cents(f[1]), cents(f[2])));
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      throw new IllegalStateException(BUNDLED + " is broken: " + e.getMessage(), e);
    }
    return new TherapyThresholds(years);
  }

  private static long cents(String usd) {
    return new BigDecimal(usd.trim()).movePointRight(2).longValueExact();
  }
}
