package com.quarterhour.claims;

import com.quarterhour.chart.PlanOfCare;
import com.quarterhour.identity.Clinician;
import com.quarterhour.reference.InsurancePolicy;
import com.quarterhour.reference.Patient;
import com.quarterhour.visit.Resubmission;
import com.quarterhour.visit.ServiceLine;
import com.quarterhour.visit.Visit;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Turns a visit ready to bill into its claim, or says in one sentence why it cannot go out yet (no
 * policy of the payer on the date, no diagnosis, no physician, no NPI, no charge for a code). A
 * visit that cannot go out stays ready to bill and is named; it does not hold the others back.
 */
final class ClaimAssembler {

  /** An 837P's HI holds twelve diagnoses; a line points at up to four. */
  static final int MAX_DIAGNOSES = 12;
  static final int MAX_POINTERS = 4;

  private final EntityManager em;
  private final Map<String, BigDecimal> chargePerUnit;
  private final Map<Long, Long> earlierClaims;
  private final Map<Long, Claim> claimsToSupersede;
  /** Each patient's policies, read once per batch. */
  private final Map<Long, List<InsurancePolicy>> policies = new java.util.HashMap<>();

  /**
   * @param earlierClaims claims each visit has had before, by visit id (none: not in the map)
   * @param claimsToSupersede for each visit being corrected or voided, the claim billed last, by visit id
   */
  ClaimAssembler(EntityManager em, Map<String, BigDecimal> chargePerUnit, Map<Long, Long> earlierClaims,
      Map<Long, Claim> claimsToSupersede) {
    this.em = em;
    this.chargePerUnit = chargePerUnit;
    this.earlierClaims = earlierClaims;
    this.claimsToSupersede = claimsToSupersede;
  }

  /**
   * A visit's claim and how the file writes it, or the reason it cannot be billed.
   *
   * @param superseded the earlier claim a replacement or void takes the place of, else null
   */
  record Result(Claim claim, ClaimFile.Claim fileClaim, Claim superseded, String problem) {}

  Result assemble(ClaimBatch batch, Visit visit, Instant now, String placeOfService) {
    String who = "Visit " + visit.getId() + " (" + visit.getPatient().getFullName() + ", " + visit.getDateOfService() + "): ";
    InsurancePolicy policy = policyOf(visit);
    if (policy == null) {
      return refused(who + "the patient has no policy with " + visit.getPayer().getName() + " on that date.");
    }
    if (policy.getPosition() != 1) {
      return refused(who + visit.getPayer().getName() + " is the patient's " + policy.getPlace().toLowerCase(java.util.Locale.ROOT)
          + " insurance; the primary is billed first.");
    }
    Claim earlier = null;
    if (visit.getResubmission() != null) {
      earlier = claimsToSupersede.get(visit.getId());
      String verb = visit.getResubmission() == Resubmission.VOID ? "cancels" : "corrects";
      if (earlier == null) {
        return refused(who + "it has no earlier claim for the " + visit.getResubmission().label().toLowerCase(java.util.Locale.ROOT)
            + " to quote.");
      }
      if (earlier.getPayerClaimNumber() == null) {
        return refused(who + "the claim it " + verb + " (" + earlier.getPatientControlNumber()
            + ") has no claim number from the payer yet; post the payer's 835 first.");
      }
      if (!earlier.getPayer().getId().equals(visit.getPayer().getId())) {
        return refused(who + "the claim it " + verb + " went to " + earlier.getPayer().getName() + ".");
      }
    }
    return build(who, batch, visit, policy, earlier, null, now, placeOfService);
  }

  /**
   * The secondary claim of a visit whose primary claim is answered: billed to the patient's next
   * insurance, reporting what the primary paid and adjusted, on the whole claim and per line.
   *
   * @param primary the primary's answered claim (with its lines)
   * @param primaryAdjustments that claim's adjustments from the 835
   * @param paidOn the date of the primary's payment
   */
  Result assembleSecondary(ClaimBatch batch, Claim primary, List<ClaimAdjustment> primaryAdjustments, LocalDate paidOn,
      com.quarterhour.reference.Payer payer, Instant now, String placeOfService) {
    Visit visit = primary.getVisit();
    String who = "Visit " + visit.getId() + " (" + visit.getPatient().getFullName() + ", " + visit.getDateOfService() + "): ";
    InsurancePolicy policy = policies(visit).stream()
        .filter(p -> p.getPayer().getId().equals(payer.getId()) && p.getPosition() > 1 && p.covers(visit.getDateOfService()))
        .findFirst().orElse(null);
    if (policy == null) {
      return refused(who + "the patient has no secondary policy with " + payer.getName() + " on that date.");
    }
    return build(who, batch, visit, policy, null, new Primary(primary, primaryAdjustments, paidOn), now, placeOfService);
  }

  /** A primary's answered claim as a secondary claim reports it. */
  private record Primary(Claim claim, List<ClaimAdjustment> adjustments, LocalDate paidOn) {}

  private Result build(String who, ClaimBatch batch, Visit visit, InsurancePolicy policy, Claim earlier, Primary primary, Instant now,
      String placeOfService) {
    Patient patient = visit.getPatient();
    if (policy.getRelationship() == com.quarterhour.reference.Relationship.SELF && patient.details().getAddressText().isEmpty()) {
      return refused(who + "the patient's address is not on file.");
    }
    PlanOfCare plan = visit.getPlanOfCareId() == null ? null : em.find(PlanOfCare.class, visit.getPlanOfCareId());
    if (plan == null || plan.getDiagnoses().isEmpty()) {
      return refused(who + "its plan of care has no diagnosis.");
    }
    if (plan.getPhysician() == null) {
      return refused(who + "its plan of care names no physician.");
    }
    Clinician rendering = rendering(visit);
    if (rendering.getNpi() == null) {
      return refused(who + rendering.getDisplayName() + " has no NPI on file.");
    }
    Map<String, Integer> units = billedUnits(visit);
    if (units.isEmpty()) {
      return refused(who + "no line bills a unit.");
    }
    for (String key : units.keySet()) {
      String code = key.split(" ")[0];
      if (!chargePerUnit.containsKey(code)) {
        return refused(who + code + " has no charge in the charge master.");
      }
    }
    List<String> diagnoses = plan.getDiagnoses().subList(0, Math.min(MAX_DIAGNOSES, plan.getDiagnoses().size()));
    List<Integer> pointers = IntStream.rangeClosed(1, Math.min(MAX_POINTERS, diagnoses.size())).boxed().toList();
    Claim claim = new Claim(batch, visit, policy, controlNumber(visit), diagnoses, now);
    if (earlier != null) {
      claim.supersede(earlier, visit.getResubmission().claimFrequency());
    }
    units.forEach((key, count) -> {
      List<String> parts = List.of(key.split(" "));
      String code = parts.get(0);
      long charge = chargePerUnit.get(code).movePointRight(2).longValueExact() * count;
      claim.addLine(code, parts.subList(1, parts.size()), count, charge, pointers);
    });
    ClaimFile.Claim fileClaim = fileClaim(claim, policy, plan, rendering, placeOfService);
    if (primary != null) {
      fileClaim = withPrimary(fileClaim, claim, primary);
    }
    return new Result(claim, fileClaim, earlier, null);
  }

  /** The file's claim with loops 2320/2330 (the primary, its payment and claim adjustments) and 2430 on each line it answered. */
  private static ClaimFile.Claim withPrimary(ClaimFile.Claim c, Claim claim, Primary primary) {
    Claim paid = primary.claim();
    InsurancePolicy policy = paid.getPolicy();
    ClaimFile.Subscriber insured = insured(paid, policy);
    List<ClaimFile.LineAdjudication> perLine = new ArrayList<>();
    for (ClaimLine line : claim.getLines()) {
      ClaimLine answered = paid.getLines().stream()
          .filter(l -> l.getCode().equals(line.getCode()) && l.getModifiers().equals(line.getModifiers()) && l.getPaidCents() != null)
          .findFirst().orElse(null);
      perLine.add(answered == null ? null : new ClaimFile.LineAdjudication(answered.getCode(), answered.getModifiers(),
          answered.getPaidCents(), answered.getUnits(), adjustments(primary.adjustments(), answered.getId())));
    }
    ClaimFile.OtherPayer other = new ClaimFile.OtherPayer(paid.getPayer().getName(), paid.getPayer().getPayerCode(), insured,
        policy.getRelationship().x12Code(), paid.getPaidCents() == null ? 0 : paid.getPaidCents(), primary.paidOn(),
        adjustments(primary.adjustments(), null), perLine);
    return new ClaimFile.Claim(c.patientControlNumber(), c.frequency(), c.placeOfService(), c.payerClaimControlNumber(), c.subscriber(),
        c.patient(), c.referring(), c.rendering(), c.diagnoses(), c.lines(), other);
  }

  /** The adjustments of one line (or, for null, of the claim as a whole) as the file writes them. */
  private static List<ClaimFile.Adjustment> adjustments(List<ClaimAdjustment> all, Long lineId) {
    return all.stream().filter(a -> java.util.Objects.equals(a.getClaimLineId(), lineId))
        .map(a -> new ClaimFile.Adjustment(a.getGroupCode(), a.getReasonCode(), a.getAmountCents())).toList();
  }

  private static String filingCode(com.quarterhour.reference.Payer payer) {
    return payer.isMedicare() ? "MB" : "CI";
  }

  /** The claim as the 837P writes it: subscriber from the policy, the patient's own level only when not the subscriber. */
  private static ClaimFile.Claim fileClaim(Claim claim, InsurancePolicy policy, PlanOfCare plan, Clinician rendering, String placeOfService) {
    Patient patient = claim.getVisit().getPatient();
    var details = patient.details();
    ClaimFile.Address address = new ClaimFile.Address(details.addressLine1(), details.addressLine2(), details.city(), details.state(),
        details.zip());
    char sex = sexOf(patient);
    boolean self = policy.getRelationship() == com.quarterhour.reference.Relationship.SELF;
    ClaimFile.Subscriber subscriber = insured(claim, policy);
    ClaimFile.Patient patientLevel = self ? null
        : new ClaimFile.Patient(policy.getRelationship().x12Code(), patient.getLastName(), patient.getFirstName(), patient.getDateOfBirth(),
            sex, address);
    var physician = plan.getPhysician();
    return new ClaimFile.Claim(claim.getPatientControlNumber(), claim.getFrequency(), placeOfService, claim.getOriginalClaimNumber(),
        subscriber, patientLevel, new ClaimFile.Provider(physician.getLastName(), physician.getFirstName(), physician.getNpi()),
        new ClaimFile.Provider(surname(rendering.getDisplayName()), givenName(rendering.getDisplayName()), rendering.getNpi()),
        claim.getDiagnoses(), claim.getLines().stream().map(ClaimLine::toFileLine).toList());
  }

  /**
   * The insured under the policy a claim bills (its own subscriber level, or a secondary claim's
   * 2330A for the primary): the patient when the patient is the subscriber, else the policy's subscriber.
   */
  private static ClaimFile.Subscriber insured(Claim claim, InsurancePolicy policy) {
    Patient patient = claim.getVisit().getPatient();
    String filing = filingCode(claim.getPayer());
    if (policy.getRelationship() == com.quarterhour.reference.Relationship.SELF) {
      var d = patient.details();
      return new ClaimFile.Subscriber(claim.getPayerSequence(), policy.getMemberId(), policy.getGroupNumber(), filing, patient.getLastName(),
          patient.getFirstName(), patient.getDateOfBirth(), sexOf(patient),
          new ClaimFile.Address(d.addressLine1(), d.addressLine2(), d.city(), d.state(), d.zip()));
    }
    return new ClaimFile.Subscriber(claim.getPayerSequence(), policy.getMemberId(), policy.getGroupNumber(), filing,
        policy.getSubscriberLastName(), policy.getSubscriberFirstName(), policy.getSubscriberDateOfBirth(), 'U', null);
  }

  private static char sexOf(Patient patient) {
    return patient.getSex() == null ? 'U' : patient.getSex().name().charAt(0);
  }

  /** "Maja Lindqvist, PT" -> "Lindqvist": a clinician's record keeps one display name. */
  static String surname(String displayName) {
    String name = displayName.split(",")[0].strip();
    int space = name.lastIndexOf(' ');
    return space < 0 ? name : name.substring(space + 1);
  }

  static String givenName(String displayName) {
    String name = displayName.split(",")[0].strip();
    int space = name.lastIndexOf(' ');
    return space < 0 ? "" : name.substring(0, space);
  }

  private static Result refused(String problem) {
    return new Result(null, null, null, problem);
  }

  /** The patient's policy with the visit's payer on its date, the lowest place first. */
  private InsurancePolicy policyOf(Visit visit) {
    return policies(visit).stream()
        .filter(p -> p.getPayer().getId().equals(visit.getPayer().getId()) && p.covers(visit.getDateOfService()))
        .findFirst().orElse(null);
  }

  /** The patient's policies in order; a patient's visits come together in a batch, so they are read once. */
  private List<InsurancePolicy> policies(Visit visit) {
    return policies.computeIfAbsent(visit.getPatient().getId(), patient -> InsurancePolicy.ofPatient(em, patient));
  }

  /** The treating therapist; when an assistant took part, the supervising therapist the claim is billed under. */
  static Clinician rendering(Visit visit) {
    return visit.getSupervisingTherapist() != null ? visit.getSupervisingTherapist() : visit.getClinician();
  }

  /** Units by code and modifiers ("97110 GP KX"), in the order the lines first name them; lines without units left out. */
  static Map<String, Integer> billedUnits(Visit visit) {
    Map<String, Integer> units = new LinkedHashMap<>();
    for (ServiceLine line : visit.getLines()) {
      if (line.getBilledUnits() > 0) {
        List<String> key = new ArrayList<>();
        key.add(line.getBilledCode());
        key.addAll(line.getBilledModifiers());
        units.merge(String.join(" ", key), line.getBilledUnits(), Integer::sum);
      }
    }
    return units;
  }

  /** QH, the visit's number and the how-many-th claim of the visit this is: unique, and the 835 answers with it. */
  private String controlNumber(Visit visit) {
    return "QH" + visit.getId() + "-" + (earlierClaims.getOrDefault(visit.getId(), 0L) + 1);
  }
}
