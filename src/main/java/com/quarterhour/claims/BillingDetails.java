package com.quarterhour.claims;

import static com.quarterhour.shared.TypedText.requireText;
import static com.quarterhour.shared.TypedText.trim;

import com.quarterhour.reference.PatientDetails;
import com.quarterhour.shared.Npi;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The clinic as it bills, as the admin types it: name, NPI, EIN, address with ZIP+4, taxonomy code,
 * the submitter ID the clearinghouse gave the clinic, a contact and phone, the usual place of
 * service. {@link #problems()} names every field that would make a claim bounce.
 */
public record BillingDetails(String name, String npi, String ein, String addressLine, String city, String state, String zip,
    String taxonomy, String submitterId, String contactName, String phone, String placeOfService) {

  /** The same with blanks trimmed, digits-only fields stripped of dashes and spaces, codes upper-cased. */
  public BillingDetails cleaned() {
    return new BillingDetails(trim(name), trim(npi), digits(ein), trim(addressLine), trim(city), trim(state).toUpperCase(Locale.ROOT),
        digits(zip), trim(taxonomy).toUpperCase(Locale.ROOT), trim(submitterId), trim(contactName), digits(phone), trim(placeOfService));
  }

  /** One sentence per bad field, naming it; empty when the details can go on a claim. Call on {@link #cleaned()}. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    requireText("Clinic name", name, 60, problems);
    String npiProblem = Npi.problem(npi);
    if (npiProblem != null) {
      problems.add("NPI: " + npiProblem + ".");
    }
    if (ein == null || !ein.matches("\\d{9}")) {
      problems.add("EIN: the employer identification number is 9 digits (12-3456789).");
    }
    requireText("Address", addressLine, 55, problems);
    requireText("City", city, 30, problems);
    if (!PatientDetails.STATES.contains(state)) {
      problems.add("State: " + (state == null || state.isEmpty() ? "required" : state + " is not a US state or territory code") + ".");
    }
    if (zip == null || !zip.matches("\\d{9}")) {
      problems.add("ZIP: a billing provider's ZIP is 9 digits (ZIP+4, e.g. 97204-1234).");
    }
    if (taxonomy == null || !taxonomy.matches("[0-9A-Z]{9}X")) {
      problems.add("Taxonomy: 10 characters ending in X, e.g. 225100000X for physical therapy.");
    }
    if (submitterId == null || !submitterId.matches("[0-9A-Za-z]{2,15}")) {
      problems.add("Submitter ID: 2 to 15 letters or digits, as the clearinghouse assigned it.");
    }
    requireText("Contact", contactName, 60, problems);
    if (phone == null || !phone.matches("\\d{10}")) {
      problems.add("Phone: 10 digits.");
    }
    if (placeOfService == null || !placeOfService.matches("\\d{2}")) {
      problems.add("Place of service: a 2-digit code (11 office, 22 outpatient hospital, 12 home).");
    }
    return problems;
  }

  private static String digits(String s) {
    return s == null ? "" : s.replaceAll("[\\s()-]", "");
  }
}
