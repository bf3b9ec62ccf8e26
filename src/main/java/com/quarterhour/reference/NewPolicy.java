package com.quarterhour.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An insurance policy as the front desk types it. {@link #problems()} names every missing or bad
 * field; the subscriber's name and date of birth are asked for only when the patient is not the
 * subscriber.
 */
public record NewPolicy(Long patientId, Long payerId, Integer position, String memberId, String groupNumber,
    Relationship relationship, String subscriberFirstName, String subscriberLastName, LocalDate subscriberDateOfBirth,
    LocalDate effectiveFrom, LocalDate effectiveThrough) {

  /** X12 NM109 keeps 80, but payers' member and group numbers fit in 30. */
  public static final int MAX_NUMBER = 30;

  public static String placeName(int position) {
    return switch (position) {
      case 1 -> "Primary";
      case 2 -> "Secondary";
      case 3 -> "Tertiary";
      default -> "Place " + position;
    };
  }

  /** Trimmed, member and group numbers upper case, blank optional fields null. */
  public NewPolicy cleaned() {
    return new NewPolicy(patientId, payerId, position, upper(memberId), nullIfBlank(upper(groupNumber)), relationship,
        nullIfBlank(trim(subscriberFirstName)), nullIfBlank(trim(subscriberLastName)), subscriberDateOfBirth, effectiveFrom,
        effectiveThrough);
  }

  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (payerId == null) {
      problems.add("Payer: required.");
    }
    if (position == null) {
      problems.add("Order: required (primary, secondary or tertiary).");
    } else if (position < 1 || position > InsurancePolicy.MAX_POSITION) {
      problems.add("Order: 1 (primary) to " + InsurancePolicy.MAX_POSITION + " (tertiary).");
    }
    if (memberId == null || memberId.isEmpty()) {
      problems.add("Member ID: required.");
    } else if (memberId.length() > MAX_NUMBER || !memberId.matches("[A-Z0-9-]+")) {
      problems.add("Member ID: letters, digits and hyphens, at most " + MAX_NUMBER + ".");
    }
    if (groupNumber != null && (groupNumber.length() > MAX_NUMBER || !groupNumber.matches("[A-Z0-9-]+"))) {
      problems.add("Group number: letters, digits and hyphens, at most " + MAX_NUMBER + ".");
    }
    if (relationship == null) {
      problems.add("Relationship: required.");
    } else if (relationship != Relationship.SELF) {
      subscriberName("Subscriber first name", subscriberFirstName, problems);
      subscriberName("Subscriber last name", subscriberLastName, problems);
      if (subscriberDateOfBirth == null) {
        problems.add("Subscriber date of birth: required when the patient is not the subscriber.");
      }
    }
    if (effectiveFrom == null) {
      problems.add("Effective from: required.");
    } else if (effectiveThrough != null && effectiveThrough.isBefore(effectiveFrom)) {
      problems.add("Effective through: before the policy's first day (" + effectiveFrom + ").");
    }
    return problems;
  }

  private static void subscriberName(String field, String value, List<String> problems) {
    if (value == null) {
      problems.add(field + ": required when the patient is not the subscriber.");
    } else if (value.length() > PatientDetails.MAX_NAME) {
      problems.add(field + ": at most " + PatientDetails.MAX_NAME + " characters (" + value.length() + " given).");
    }
  }

  private static String trim(String s) {
    return s == null ? "" : s.strip();
  }

  private static String upper(String s) {
    return trim(s).toUpperCase(java.util.Locale.ROOT);
  }

  private static String nullIfBlank(String s) {
    return s.isEmpty() ? null : s;
  }
}
