package com.quarterhour.claims;

import com.quarterhour.chart.PlanOfCare;
import com.quarterhour.identity.Clinician;
import com.quarterhour.reference.InsurancePolicy;
import com.quarterhour.reference.Patient;
import com.quarterhour.visit.ServiceLine;
import com.quarterhour.visit.Visit;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
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
  /** Each patient's policies, read once per batch. */
  private final Map<Long, List<InsurancePolicy>> policies = new java.util.HashMap<>();

  /** @param earlierClaims claims each visit has had before, by visit id (none: not in the map) */
  ClaimAssembler(EntityManager em, Map<String, BigDecimal> chargePerUnit, Map<Long, Long> earlierClaims) {
    this.em = em;
    this.chargePerUnit = chargePerUnit;
    this.earlierClaims = earlierClaims;
  }

  /** A visit's claim and how the file writes it, or the reason it cannot be billed. */
  record Result(Claim claim, ClaimFile.Claim fileClaim, String problem) {}

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
    units.forEach((key, count) -> {
      List<String> parts = List.of(key.split(" "));
      String code = parts.get(0);
      long charge = chargePerUnit.get(code).movePointRight(2).longValueExact() * count;
      claim.addLine(code, parts.subList(1, parts.size()), count, charge, pointers);
    });
    return new Result(claim, fileClaim(claim, policy, plan, rendering, placeOfService), null);
  }

  /** The claim as the 837P writes it: subscriber from the policy, the patient's own level only when not the subscriber. */
  private static ClaimFile.Claim fileClaim(Claim claim, InsurancePolicy policy, PlanOfCare plan, Clinician rendering, String placeOfService) {
    Patient patient = claim.getVisit().getPatient();
    var details = patient.details();
    ClaimFile.Address address = new ClaimFile.Address(details.addressLine1(), details.addressLine2(), details.city(), details.state(),
        details.zip());
    char sex = patient.getSex() == null ? 'U' : patient.getSex().name().charAt(0);
    boolean self = policy.getRelationship() == com.quarterhour.reference.Relationship.SELF;
    String filing = claim.getPayer().isMedicare() ? "MB" : "CI";
    ClaimFile.Subscriber subscriber = self
        ? new ClaimFile.Subscriber('P', policy.getMemberId(), policy.getGroupNumber(), filing, patient.getLastName(), patient.getFirstName(),
            patient.getDateOfBirth(), sex, address)
        : new ClaimFile.Subscriber('P', policy.getMemberId(), policy.getGroupNumber(), filing, policy.getSubscriberLastName(),
            policy.getSubscriberFirstName(), policy.getSubscriberDateOfBirth(), 'U', null);
    ClaimFile.Patient patientLevel = self ? null
        : new ClaimFile.Patient(policy.getRelationship().x12Code(), patient.getLastName(), patient.getFirstName(), patient.getDateOfBirth(),
            sex, address);
    var physician = plan.getPhysician();
    return new ClaimFile.Claim(claim.getPatientControlNumber(), claim.getFrequency(), placeOfService, claim.getPayerClaimNumber(),
        subscriber, patientLevel, new ClaimFile.Provider(physician.getLastName(), physician.getFirstName(), physician.getNpi()),
        new ClaimFile.Provider(surname(rendering.getDisplayName()), givenName(rendering.getDisplayName()), rendering.getNpi()),
        claim.getDiagnoses(), claim.getLines().stream().map(ClaimLine::toFileLine).toList());
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
    return new Result(null, null, problem);
  }

  /** The patient's policy with the visit's payer on its date, the lowest place first. */
  private InsurancePolicy policyOf(Visit visit) {
    // A patient's visits come together in a batch: their policies are read once.
    return policies.computeIfAbsent(visit.getPatient().getId(), patient -> InsurancePolicy.ofPatient(em, patient)).stream()
        .filter(p -> p.getPayer().getId().equals(visit.getPayer().getId()) && p.covers(visit.getDateOfService()))
        .findFirst().orElse(null);
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
