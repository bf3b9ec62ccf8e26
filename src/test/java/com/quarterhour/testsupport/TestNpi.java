package com.quarterhour.testsupport;

import com.quarterhour.shared.Npi;
import java.util.concurrent.ThreadLocalRandom;

/** NPIs for tests that save them: valid, and (practically) nobody's yet, since an NPI is unique. */
public final class TestNpi {

  private TestNpi() {}

  /** Nine random digits and the check digit that makes them an NPI. */
  public static String fresh() {
    String nine = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L));
    for (int d = 0; d <= 9; d++) {
      if (Npi.isValid(nine + d)) {
        return nine + d;
      }
    }
    throw new IllegalStateException("no check digit fits " + nine);
  }
}
