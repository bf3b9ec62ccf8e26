package com.quarterhour.shared;

/**
 * The National Provider Identifier's own check: ten digits, the last a Luhn check digit computed
 * over the prefix 80840 and the first nine (CMS, "NPI check digit"). One place for clinicians and
 * physicians alike.
 */
public final class Npi {

  /** The health-industry prefix the Luhn check runs over, as CMS prescribes. */
  private static final String PREFIX = "80840";

  private Npi() {}

  /** A typed NPI without surrounding blanks; null when nothing was typed. */
  public static String clean(String typed) {
    return typed == null || typed.isBlank() ? null : typed.strip();
  }

  /** Whether {@code npi} is ten digits with the right check digit. */
  public static boolean isValid(String npi) {
    return problem(npi) == null;
  }

  /** What is wrong with {@code npi}, in the words a form shows next to the field; null when nothing is. */
  public static String problem(String npi) {
    if (npi == null || !npi.matches("\\d{10}")) {
      return "an NPI is 10 digits";
    }
    return checkDigit(npi.substring(0, 9)) == npi.charAt(9) - '0' ? null : npi + " fails the NPI check digit; check for a typo";
  }

  /** The Luhn check digit of 80840 followed by the nine digits. */
  static int checkDigit(String nineDigits) {
    String digits = PREFIX + nineDigits;
    int sum = 0;
    // From the right, every other digit (starting with the rightmost) is doubled.
    for (int i = digits.length() - 1, k = 0; i >= 0; i--, k++) {
      int d = digits.charAt(i) - '0';
      if (k % 2 == 0) {
        d *= 2;
        d = d > 9 ? d - 9 : d;
      }
      sum += d;
    }
    return (10 - sum % 10) % 10;
  }
}
