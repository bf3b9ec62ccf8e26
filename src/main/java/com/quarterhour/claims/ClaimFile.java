package com.quarterhour.claims;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One 837P batch file as it goes to a payer: who sends it, the billing provider, the payer and the
 * claims, each claim with its subscriber, patient, providers, diagnoses and lines. Amounts are in
 * cents; codes and names as the portal holds them (the writer upper-cases names and drops the
 * diagnosis dot, as the guide wants).
 */
public record ClaimFile(long interchangeControlNumber, long groupControlNumber, LocalDateTime createdAt, boolean production,
    Submitter submitter, BillingProvider billingProvider, PayerParty payer, List<Claim> claims) {

  public ClaimFile {
    if (interchangeControlNumber < 1 || interchangeControlNumber > 999_999_999) {
      throw new IllegalArgumentException("an interchange control number has at most nine digits: " + interchangeControlNumber);
    }
    if (groupControlNumber < 1 || groupControlNumber > 999_999_999) {
      throw new IllegalArgumentException("a group control number has at most nine digits: " + groupControlNumber);
    }
    Objects.requireNonNull(createdAt, "createdAt");
    claims = List.copyOf(claims);
    if (claims.isEmpty()) {
      throw new IllegalArgumentException("a claim file holds at least one claim");
    }
  }

  /** The clinic as the sender of the file (loop 1000A) and its contact. */
  public record Submitter(String name, String id, String contactName, String phone) {}

  /** The clinic as it bills (loop 2010AA). The ZIP has nine digits; the EIN nine digits without the dash. */
  public record BillingProvider(String name, String npi, String ein, Address address, String taxonomy) {}

  /** The payer: its name and the ID its clearinghouse knows it by. */
  public record PayerParty(String name, String id) {}

  /** A street address; the second line may be null. */
  public record Address(String line, String line2, String city, String state, String zip) {}

  /** A physician or therapist named on a claim. */
  public record Provider(String lastName, String firstName, String npi) {}

  /**
   * The insured person and their policy.
   *
   * @param payerResponsibility P (primary), S (secondary) or T (tertiary)
   * @param claimFilingCode MB for Medicare Part B, CI for commercial insurance
   */
  public record Subscriber(char payerResponsibility, String memberId, String groupNumber, String claimFilingCode,
      String lastName, String firstName, LocalDate dateOfBirth, char sex, Address address) {}

  /** The patient when not the subscriber, with the X12 relationship code (01 spouse, 19 child, G8 other). */
  public record Patient(String relationshipCode, String lastName, String firstName, LocalDate dateOfBirth, char sex, Address address) {}

  /**
   * One claim: one visit (patient, payer, date of service).
   *
   * @param frequency 1 original, 7 replacement, 8 void
   * @param payerClaimControlNumber the payer's number for the claim a 7 or 8 replaces (REF*F8), else null
   * @param patient null when the patient is the subscriber
   * @param referring the plan of care's physician, or null
   * @param diagnoses ICD-10-CM codes in order (the first is the principal one)
   * @param primary on a secondary claim, what the primary payer paid and adjusted (loops 2320/2330/2430); else null
   */
  public record Claim(String patientControlNumber, char frequency, String placeOfService, String payerClaimControlNumber,
      Subscriber subscriber, Patient patient, Provider referring, Provider rendering, List<String> diagnoses, List<Line> lines,
      OtherPayer primary) {

    public Claim {
      diagnoses = List.copyOf(diagnoses);
      lines = List.copyOf(lines);
      if (primary != null && primary.lines().size() != lines.size()) {
        throw new IllegalArgumentException("the primary's adjudications must align with the claim's lines");
      }
    }

    /** A claim to the primary payer (nothing paid before it). */
    public Claim(String patientControlNumber, char frequency, String placeOfService, String payerClaimControlNumber,
        Subscriber subscriber, Patient patient, Provider referring, Provider rendering, List<String> diagnoses, List<Line> lines) {
      this(patientControlNumber, frequency, placeOfService, payerClaimControlNumber, subscriber, patient, referring, rendering,
          diagnoses, lines, null);
    }

    /** The claim's total charge: the sum of its lines (CLM02 must equal it). */
    public long totalCents() {
      return lines.stream().mapToLong(Line::chargeCents).sum();
    }
  }

  /**
   * One service line: a code with its modifiers, the line's charge (units × charge per unit), the
   * units, the diagnosis pointers (1-based positions in the claim's diagnoses) and the line control
   * number an 835 answers with.
   */
  public record Line(String code, List<String> modifiers, long chargeCents, int units, List<Integer> pointers,
      LocalDate dateOfService, String lineControlNumber) {

    public Line {
      modifiers = List.copyOf(modifiers);
      pointers = List.copyOf(pointers);
    }
  }

  /** A CAS adjustment: group (CO, PR, OA, PI), reason code (CARC) and amount. */
  public record Adjustment(String group, String reason, long cents) {}

  /**
   * What the payer billed before (the primary) decided, as a secondary claim reports it.
   *
   * @param subscriber the insured under the primary's policy (SBR01 P, the 2330A name)
   * @param relationshipCode the patient's relationship to that insured (18 self)
   * @param adjudicated the date the primary paid (DTP*573 on each line)
   * @param adjustments the primary's claim-level adjustments
   * @param lines the primary's adjudication of each of this claim's lines, by position; null where it said nothing
   */
  public record OtherPayer(String payerName, String payerId, Subscriber subscriber, String relationshipCode, long paidCents,
      LocalDate adjudicated, List<Adjustment> adjustments, List<LineAdjudication> lines) {

    public OtherPayer {
      adjustments = List.copyOf(adjustments);
      lines = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(lines));
    }
  }

  /** The primary's answer to one line (SVD): what it paid for the code and units, and its adjustments. */
  public record LineAdjudication(String code, List<String> modifiers, long paidCents, int units, List<Adjustment> adjustments) {

    public LineAdjudication {
      modifiers = List.copyOf(modifiers);
      adjustments = List.copyOf(adjustments);
    }
  }
}
