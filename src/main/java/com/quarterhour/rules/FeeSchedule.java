package com.quarterhour.rules;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * What a payer allows per unit of each code on a date of service: the amounts the KX and medical
 * review thresholds add up. Made by {@link ScoringEngine#fees}, which lays the amounts out by the
 * engine's own code positions, so that adding up a visit reads an array instead of looking codes
 * up; a schedule is made once per payer and date range and shared by every visit scored with it.
 */
public final class FeeSchedule {

  /** No fees known: every code is worth 0. */
  public static final FeeSchedule NONE = new FeeSchedule(null, Map.of());

  private final CompiledCodes codes;
  private final long[] centsByCode;
  private final Map<String, Long> centsPerUnit;

  FeeSchedule(CompiledCodes codes, Map<String, BigDecimal> perUnit) {
    this.codes = codes;
    Map<String, Long> cents = new HashMap<>();
    perUnit.forEach((code, amount) -> {
      if (amount.signum() < 0) {
        throw new IllegalArgumentException("an allowed amount cannot be negative: " + code + " " + amount);
      }
      cents.put(code, Money.cents(amount));
    });
    this.centsPerUnit = Collections.unmodifiableMap(cents);
    this.centsByCode = new long[codes == null ? 0 : codes.size()];
    if (codes != null) {
      cents.forEach((code, amount) -> {
        CompiledCodes.Entry entry = codes.get(code);
        if (entry != null) {
          centsByCode[entry.index] = amount;
        }
      });
    }
  }

  /** Cents allowed per unit of the code, 0 when the schedule does not list it. */
  public long centsPerUnit(String code) {
    CompiledCodes.Entry entry = codes == null ? null : codes.get(code);
    return entry != null ? centsByCode[entry.index] : centsPerUnit.getOrDefault(code, 0L);
  }

  /**
   * The same, for a line whose entry an engine already found: read by position when this schedule
   * was laid out for that engine's codes, else looked up by code.
   */
  long centsPerUnit(CompiledCodes engineCodes, CompiledCodes.Entry entry, String code) {
    if (engineCodes == codes) {
      return entry == null ? 0 : centsByCode[entry.index];
    }
    return centsPerUnit(code);
  }

  /** Cents per unit by code, as given. */
  public Map<String, Long> asMap() {
    return centsPerUnit;
  }
}
