package com.quarterhour.claims;

import com.quarterhour.identity.ClinicianDirectory;
import com.quarterhour.identity.Roles;
import com.quarterhour.money.Charge;
import com.quarterhour.reference.Payer;
import com.quarterhour.visit.Visit;
import com.quarterhour.visit.VisitChanges;
import com.quarterhour.visit.VisitStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Creates a payer's claim batch: every visit of that payer ready to bill at that moment becomes a
 * claim, the claims go into one 837P written and checked against the implementation schema, and
 * the visits become billed — all in one transaction. Batches of one payer are made one at a time
 * (the payer's row is locked while the visits are read), so a visit is in exactly one batch even
 * when two coders create batches at once.
 */
@Stateless
public class ClaimBatches {

  /** Schemas are read once; the writer keeps no state between files. */
  private static final X12ClaimWriter WRITER = new X12ClaimWriter();

  @PersistenceContext private EntityManager em;
  @Inject private ClinicianDirectory clinicians;
  @Inject private VisitChanges visitChanges;

  /**
   * What creating a batch did.
   *
   * @param leftOut one sentence per ready visit that could not be billed, saying why (it stays ready to bill)
   */
  public record Outcome(Long batchId, int claims, long totalCents, List<String> leftOut) implements Serializable {}

  @RolesAllowed({Roles.CODER, Roles.ADMIN, Roles.INTEGRATION})
  public Outcome create(Long payerId) throws BillingException {
    ClinicSettings settings = em.find(ClinicSettings.class, ClinicSettings.ID);
    if (settings == null) {
      throw new BillingException("The clinic's billing details are not set yet: an admin enters them on the admin page.");
    }
    Payer payer = payerId == null ? null : em.find(Payer.class, payerId, LockModeType.PESSIMISTIC_WRITE);
    if (payer == null) {
      throw new NoSuchBillingRecordException("There is no payer " + payerId + ".");
    }
    if (payer.getPayerCode() == null) {
      throw new BillingException(payer.getName() + " has no electronic payer ID yet: an admin enters it on the admin page.");
    }
    List<Visit> ready = em.createQuery("select v from Visit v join fetch v.patient where v.payer.id = :payer and v.status = :ready"
            + " order by v.dateOfService, v.id", Visit.class)
        .setParameter("payer", payerId)
        .setParameter("ready", VisitStatus.READY_TO_BILL)
        .getResultList();
    List<Claim> secondaryDue = secondaryDue(payerId);
    if (ready.isEmpty() && secondaryDue.isEmpty()) {
      throw new NothingToBillException("Nothing is ready to bill for " + payer.getName() + ".");
    }
    // Nothing read from here on is changed here: without this every query (a policy, the audit's
    // author) would first dirty-check every visit already loaded, thousands in a large batch.
    em.setFlushMode(FlushModeType.COMMIT);
    ClinicianDirectory.Author author = clinicians.callerAsAuthor();
    Instant now = Instant.now();
    ClaimBatch batch = new ClaimBatch(payer, now, author.username(), author.name());
    List<Visit> billedVisits = new ArrayList<>(ready);
    secondaryDue.forEach(c -> billedVisits.add(c.getVisit()));
    ClaimAssembler assembler = new ClaimAssembler(em, chargeMaster(), earlierClaims(billedVisits), claimsToSupersede(ready));
    List<String> leftOut = new ArrayList<>();
    List<ClaimAssembler.Result> billed = new ArrayList<>();
    // Claims first, then the batch with its count and file, then the claims' rows.
    for (Visit visit : ready) {
      keep(assembler.assemble(batch, visit, now, settings.getPlaceOfService()), billed, leftOut);
    }
    if (!secondaryDue.isEmpty()) {
      Map<Long, List<ClaimAdjustment>> adjustments = adjustmentsOf(secondaryDue);
      Map<Long, java.time.LocalDate> paidOn = paymentDatesOf(secondaryDue);
      for (Claim primary : secondaryDue) {
        keep(assembler.assembleSecondary(batch, primary, adjustments.getOrDefault(primary.getId(), List.of()),
            paidOn.get(primary.getRemittanceId()), payer, now, settings.getPlaceOfService()), billed, leftOut);
      }
    }
    if (billed.isEmpty()) {
      throw new BillingException("None of the " + (ready.size() + secondaryDue.size()) + " visit(s) ready for " + payer.getName() + " can be billed: "
          + String.join(" ", leftOut));
    }
    long total = billed.stream().mapToLong(r -> r.claim().getTotalCents()).sum();
    // The batch's insert is queued with the values it has now, so it is counted before it is saved.
    batch.counted(billed.size(), total);
    em.persist(batch); // its id, the file's control number, comes from the sequence here
    ClaimFile file = new ClaimFile(batch.getId(), batch.getId(), LocalDateTime.ofInstant(now, ZoneId.systemDefault()), false,
        settings.submitter(), settings.billingProvider(), new ClaimFile.PayerParty(payer.getName(), payer.getPayerCode()),
        billed.stream().map(ClaimAssembler.Result::fileClaim).toList());
    try {
      em.persist(new ClaimBatchFile(batch.getId(), new String(WRITER.write(file), StandardCharsets.US_ASCII)));
    } catch (ClaimFileException e) {
      throw new BillingException("The batch was not created: " + e.getMessage());
    }
    for (ClaimAssembler.Result result : billed) {
      Claim claim = result.claim();
      em.persist(claim);
      Visit visit = claim.getVisit();
      if (claim.isSecondary()) {
        visit.billSecondary(claim.getPatientControlNumber(), payer.getName());
      } else {
        visit.bill(claim.getPatientControlNumber());
      }
      visit.touch(author.name());
      visitChanges.publish(visit);
    }
    for (ClaimAssembler.Result result : billed) {
      Claim claim = result.claim();
      Claim earlier = result.superseded();
      String kind = claim.getFrequency() == '8' ? "void of " : claim.getFrequency() == '7' ? "replacement of " : "";
      String secondary = claim.isSecondary() ? "secondary claim after the primary's answer, " : "";
      em.persist(new ClaimEvent(claim.getId(), now, author.username(), author.name(), "BILLED",
          secondary + (earlier == null ? "" : kind + earlier.getPatientControlNumber() + " (payer claim " + claim.getOriginalClaimNumber() + "), ")
              + "in batch " + batch.getId() + " to " + payer.getName() + ", " + claim.getLines().size() + " line(s)"));
      if (earlier != null) {
        earlier.supersededBy(claim);
        em.persist(new ClaimEvent(earlier.getId(), now, author.username(), author.name(), earlier.getStatus().name(),
            (claim.getFrequency() == '8' ? "cancelled by void claim " : "replaced by claim ") + claim.getPatientControlNumber()
                + " in batch " + batch.getId()));
      }
    }
    // Whatever else the caller's transaction reads sees the batch, as it would without the mode change.
    em.flush();
    em.setFlushMode(FlushModeType.AUTO);
    return new Outcome(batch.getId(), billed.size(), total, List.copyOf(leftOut));
  }

  /** A claim that can go out joins the batch; a visit that cannot is named with its reason and stays as it is. */
  private static void keep(ClaimAssembler.Result result, List<ClaimAssembler.Result> billed, List<String> leftOut) {
    if (result.problem() != null) {
      leftOut.add(result.problem());
    } else {
      billed.add(result);
    }
  }

  /** The batch's 837P as it was written. */
  @RolesAllowed({Roles.CODER, Roles.ADMIN, Roles.INTEGRATION})
  public String x12(Long batchId) throws BillingException {
    ClaimBatchFile file = batchId == null ? null : em.find(ClaimBatchFile.class, batchId);
    if (file == null) {
      throw new NoSuchBillingRecordException("There is no claim batch " + batchId + ".");
    }
    return file.getX12();
  }

  /**
   * The batch's claims as CMS-1500 paper claims (a PDF), printed from the 837P as it was sent, so
   * paper and electronic copies say the same even after a patient's or the clinic's details change.
   */
  @RolesAllowed({Roles.CODER, Roles.ADMIN, Roles.INTEGRATION})
  public byte[] cms1500(Long batchId) throws BillingException {
    ClaimFile file = X12ClaimReader.read(x12(batchId));
    java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream(64 * 1024);
    Cms1500Form.write(file, file.createdAt().toLocalDate(), pdf);
    return pdf.toByteArray();
  }

  /** The claims of a batch with their lines, in file order. */
  @RolesAllowed({Roles.CODER, Roles.ADMIN, Roles.INTEGRATION})
  public List<Claim> claimsOf(Long batchId) {
    return em.createQuery("select distinct c from Claim c join fetch c.lines where c.batch.id = :batch order by c.id", Claim.class)
        .setParameter("batch", batchId)
        .getResultList();
  }

  /** A payer as billing sees it: how it receives claims and how many visits are ready for it. */
  public record PayerRow(Long id, String name, String payerCode, boolean medicare, boolean paperClaims, long readyToBill)
      implements Serializable {}

  /** Every payer by name, with the count of its visits ready to bill. */
  @RolesAllowed({Roles.CODER, Roles.ADMIN, Roles.INTEGRATION})
  public List<PayerRow> payers() {
    Map<Long, Long> ready = em.createQuery("select v.payer.id, count(v) from Visit v where v.status = :ready group by v.payer.id",
            Object[].class)
        .setParameter("ready", VisitStatus.READY_TO_BILL)
        .getResultStream()
        .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1], Long::sum, java.util.HashMap::new));
    em.createQuery("select p.payer.id, count(c) from Claim c join c.visit v, InsurancePolicy p where p.patient = v.patient and "
            + SECONDARY_DUE + " group by p.payer.id", Object[].class)
        .setParameter("answered", ANSWERED_CLAIMS)
        .setParameter("answeredVisits", Visit.ANSWERED)
        .setParameter("primary", 'P')
        .getResultStream()
        .forEach(r -> ready.merge((Long) r[0], (Long) r[1], Long::sum));
    return em.createQuery("select p from Payer p order by p.name, p.id", Payer.class).getResultStream()
        .map(p -> new PayerRow(p.getId(), p.getName(), p.getPayerCode(), p.isMedicare(), p.isPaperClaims(), ready.getOrDefault(p.getId(), 0L)))
        .toList();
  }

  /** How many claims each visit has had before (a replaced claim's visit has one): the next control number's suffix. */
  private Map<Long, Long> earlierClaims(List<Visit> visits) {
    return em.createQuery("select c.visit.id, count(c) from Claim c where c.visit.id in :visits group by c.visit.id", Object[].class)
        .setParameter("visits", visits.stream().map(Visit::getId).toList())
        .getResultStream()
        .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
  }

  private static final List<ClaimStatus> ANSWERED_CLAIMS = List.of(ClaimStatus.PAID, ClaimStatus.PARTIALLY_PAID, ClaimStatus.DENIED);

  /**
   * A primary claim the payer has answered, leaving a balance, whose visit the patient's policy p
   * (a later insurance, on the date of service) has not been billed yet: its secondary claim is due.
   */
  private static final String SECONDARY_DUE = "p.position > 1 and p.effectiveFrom <= v.dateOfService"
      + " and (p.effectiveThrough is null or p.effectiveThrough >= v.dateOfService)"
      + " and c.payerSequence = :primary and c.status in :answered and c.paidCents < c.totalCents"
      + " and v.status in :answeredVisits and v.resubmission is null"
      + " and not exists (select c2.id from Claim c2 where c2.visit = v and c2.payer = p.payer)";

  /** The primary claims whose secondary claim goes to this payer now, with their lines. */
  private List<Claim> secondaryDue(Long payerId) {
    // No "distinct" (PostgreSQL refuses it with this order by): Hibernate returns each claim once although its lines are fetched.
    jakarta.persistence.EntityGraph<Claim> whole = em.createEntityGraph(Claim.class);
    whole.addAttributeNodes("lines", "payer", "policy");
    whole.addSubgraph("visit").addAttributeNodes("patient");
    return em.createQuery("select c from Claim c join c.visit v, InsurancePolicy p"
            + " where p.patient = v.patient and p.payer.id = :payer and " + SECONDARY_DUE + " order by v.dateOfService, v.id", Claim.class)
        .setHint("jakarta.persistence.fetchgraph", whole)
        .setParameter("payer", payerId)
        .setParameter("answered", ANSWERED_CLAIMS)
        .setParameter("answeredVisits", Visit.ANSWERED)
        .setParameter("primary", 'P')
        .getResultList();
  }

  private Map<Long, List<ClaimAdjustment>> adjustmentsOf(List<Claim> claims) {
    return em.createQuery("select a from ClaimAdjustment a where a.claimId in :claims order by a.id", ClaimAdjustment.class)
        .setParameter("claims", claims.stream().map(Claim::getId).toList())
        .getResultStream()
        .collect(Collectors.groupingBy(ClaimAdjustment::getClaimId));
  }

  /** The payment date of each remittance that answered these claims, by remittance id. */
  private Map<Long, java.time.LocalDate> paymentDatesOf(List<Claim> claims) {
    return em.createQuery("select r.id, r.paymentDate from Remittance r where r.id in :ids", Object[].class)
        .setParameter("ids", claims.stream().map(Claim::getRemittanceId).distinct().toList())
        .getResultStream()
        .collect(Collectors.toMap(r -> (Long) r[0], r -> (java.time.LocalDate) r[1]));
  }

  /** For each visit being corrected or voided, its newest claim: the one the new claim supersedes. */
  private Map<Long, Claim> claimsToSupersede(List<Visit> visits) {
    List<Long> resubmitted = visits.stream().filter(v -> v.getResubmission() != null).map(Visit::getId).toList();
    if (resubmitted.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select c from Claim c join fetch c.payer where c.visit.id in :visits order by c.id", Claim.class)
        .setParameter("visits", resubmitted)
        .getResultStream()
        .collect(Collectors.toMap(c -> c.getVisit().getId(), c -> c, (older, newer) -> newer));
  }

  private Map<String, BigDecimal> chargeMaster() {
    return em.createQuery("select c from Charge c", Charge.class).getResultStream()
        .collect(Collectors.toMap(Charge::getCode, Charge::getChargePerUnit));
  }
}
