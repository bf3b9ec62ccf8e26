package com.quarterhour.reference;

import static com.quarterhour.shared.TypedText.requireText;
import static com.quarterhour.shared.TypedText.trim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the front desk types to register or edit a patient. {@link #cleaned()} trims it and keeps
 * only the digits of ZIP and phone; {@link #problems(LocalDate)} names every missing or malformed
 * field ("ZIP: 5 or 9 digits."), the one place these rules live.
 */
public record PatientDetails(String mrn, String firstName, String lastName, LocalDate dateOfBirth, Sex sex,
    String addressLine1, String addressLine2, String city, String state, String zip, String phone) implements java.io.Serializable {

  public static final int MAX_MRN = 32;
  public static final int MAX_NAME = 80;
  /** X12 N3 and CMS-1500 box 5 keep 55 characters of a street line. */
  public static final int MAX_ADDRESS = 55;
  public static final int MAX_CITY = 30;

  /** The US states, DC and the territories a US payer's claim may name (USPS codes). */
  public static final Set<String> STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI",
      "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
      "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
      "PR", "VI", "GU", "AS", "MP");

  /** The same details trimmed, the state upper case, ZIP and phone as their digits only. */
  public PatientDetails cleaned() {
    return new PatientDetails(trim(mrn), trim(firstName), trim(lastName), dateOfBirth, sex, trim(addressLine1),
        blankToNull(trim(addressLine2)), trim(city), trim(state).toUpperCase(java.util.Locale.ROOT), digits(zip), digits(phone));
  }

  /** Every problem of the (cleaned) details, each starting with its field's name; empty when none. */
  public List<String> problems(LocalDate today) {
    List<String> problems = new ArrayList<>();
    requireText("MRN", mrn, MAX_MRN, problems);
    requireText("First name", firstName, MAX_NAME, problems);
    requireText("Last name", lastName, MAX_NAME, problems);
    if (dateOfBirth == null) {
      problems.add("Date of birth: required.");
    } else if (!dateOfBirth.isBefore(today)) {
      problems.add("Date of birth: must be before today.");
    } else if (dateOfBirth.isBefore(today.minusYears(130))) {
      problems.add("Date of birth: more than 130 years ago; check the year.");
    }
    if (sex == null) {
      problems.add("Sex: required.");
    }
    requireText("Address", addressLine1, MAX_ADDRESS, problems);
    if (addressLine2 != null && addressLine2.length() > MAX_ADDRESS) {
      problems.add("Address line 2: at most " + MAX_ADDRESS + " characters (" + addressLine2.length() + " given).");
    }
    requireText("City", city, MAX_CITY, problems);
    if (state == null || state.isEmpty()) {
      problems.add("State: required.");
    } else if (!STATES.contains(state)) {
      problems.add("State: " + state + " is not a US state or territory code (e.g. OR).");
    }
    if (zip == null || zip.isEmpty()) {
      problems.add("ZIP: required.");
    } else if (zip.length() != 5 && zip.length() != 9) {
      problems.add("ZIP: 5 or 9 digits (" + zip.length() + " given).");
    }
    if (phone == null || phone.isEmpty()) {
      problems.add("Phone: required.");
    } else if (phone.length() != 10 || phone.charAt(0) < '2' || phone.charAt(3) < '2') {
      problems.add("Phone: a 10-digit US number whose area code and exchange do not start with 0 or 1.");
    }
    return problems;
  }

  /** The address on one line ("12 Elm St, Apt 3, Portland, OR 97201-1234"); empty when none is on file. */
  public String getAddressText() {
    if (addressLine1 == null || addressLine1.isEmpty()) {
      return "";
    }
    String zipText = zip == null ? "" : zip.length() == 9 ? zip.substring(0, 5) + "-" + zip.substring(5) : zip;
    return addressLine1 + (addressLine2 == null ? "" : ", " + addressLine2) + ", " + city + ", " + state + " " + zipText;
  }

  /** The phone as (503) 555-0142; empty when none is on file. */
  public String getPhoneText() {
    return phone == null || phone.length() != 10 ? "" : "(" + phone.substring(0, 3) + ") " + phone.substring(3, 6) + "-" + phone.substring(6);
  }

  /** The fields by the names the history shows, in the form's order, as text. */
  Map<String, String> asFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("MRN", mrn);
    fields.put("First name", firstName);
    fields.put("Last name", lastName);
    fields.put("Date of birth", dateOfBirth == null ? null : dateOfBirth.toString());
    fields.put("Sex", sex == null ? null : sex.name());
    fields.put("Address", addressLine1);
    fields.put("Address line 2", addressLine2);
    fields.put("City", city);
    fields.put("State", state);
    fields.put("ZIP", zip);
    fields.put("Phone", phone);
    return fields;
  }

  private static String blankToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  private static String digits(String s) {
    return s == null ? "" : s.replaceAll("\\D", "");
  }
}
