package com.quarterhour.claims;

import com.quarterhour.identity.ClinicianDirectory;
import com.quarterhour.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Subgraph;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The billing screens' lists, each paged in the database: batches, posted remittances, the denial
 * queue (with the payer's reasons in words), a visit's claims, and what payers still owe by age.
 */
@Stateless
@RolesAllowed({Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
public class BillingQueries {

  @PersistenceContext private EntityManager em;
  @Inject private ClinicianDirectory clinicians;

  /** Where a batch is: some of its claims still wait for the payer, or all are answered. */
  public enum BatchState {
    AWAITING("Awaiting the payer"),
    ANSWERED("Answered");

    private final String label;

    BatchState(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** A batch as the billing screen lists it. */
  public record BatchRow(Long id, String payerName, Instant createdAt, String createdByName, int claims, long totalCents,
      long awaiting, long paidCents) implements Serializable {

    public BatchState state() {
      return awaiting > 0 ? BatchState.AWAITING : BatchState.ANSWERED;
    }
  }

  public long batchCount(Long payerId, BatchState state) {
    return batchQuery("select count(b)", payerId, state, "", Long.class).getSingleResult();
  }

  /** Newest first. */
  public List<BatchRow> batches(Long payerId, BatchState state, int first, int size) {
    String select = "select b.id, p.name, b.createdAt, b.createdByName, b.claimCount, b.totalCents,"
        + " (select count(c) from Claim c where c.batch = b and c.status = :billed),"
        + " (select coalesce(sum(c.paidCents), 0) from Claim c where c.batch = b)";
    TypedQuery<Object[]> query = batchQuery(select, payerId, state, " order by b.createdAt desc, b.id desc", Object[].class);
    if (state == null) {
      query.setParameter("billed", ClaimStatus.BILLED);
    }
    return query.setFirstResult(first).setMaxResults(size).getResultStream()
        .map(r -> new BatchRow((Long) r[0], (String) r[1], (Instant) r[2], (String) r[3], (Integer) r[4], (Long) r[5],
            ((Number) r[6]).longValue(), ((Number) r[7]).longValue()))
        .toList();
  }

  private <T> TypedQuery<T> batchQuery(String select, Long payerId, BatchState state, String order, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select).append(" from ClaimBatch b join b.payer p where 1 = 1");
    if (payerId != null) {
      jpql.append(" and p.id = :payer");
    }
    if (state != null) {
      jpql.append(state == BatchState.AWAITING ? " and" : " and not")
          .append(" exists (select c.id from Claim c where c.batch = b and c.status = :billed)");
    }
    TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
    if (payerId != null) {
      query.setParameter("payer", payerId);
    }
    if (state != null) {
      query.setParameter("billed", ClaimStatus.BILLED);
    }
    return query;
  }

  public long remittanceCount() {
    return em.createQuery("select count(r) from Remittance r", Long.class).getSingleResult();
  }

  /** Posted remittances, newest first. */
  public List<Remittance> remittances(int first, int size) {
    return em.createQuery("select r from Remittance r order by r.postedAt desc, r.id desc", Remittance.class)
        .setFirstResult(first).setMaxResults(size).getResultList();
  }

  /** The claims of a batch, in file order, a page at a time. */
  public List<ClaimRow> claimsOfBatch(Long batchId, int first, int size) {
    return claimRows("c.batch.id = :key", batchId, first, size);
  }

  public long claimCountOfBatch(Long batchId) {
    return em.createQuery("select count(c) from Claim c where c.batch.id = :key", Long.class).setParameter("key", batchId)
        .getSingleResult();
  }

  /** A visit's claims, oldest first (a corrected visit has more than one). */
  public List<ClaimRow> claimsOfVisit(Long visitId) {
    return claimRows("c.visit.id = :key", visitId, 0, Integer.MAX_VALUE);
  }

  /** A claim as a list shows it. */
  public record ClaimRow(Long id, String patientControlNumber, LocalDate dateOfService, String patientName, String payerName,
      ClaimStatus status, long totalCents, Long paidCents, Long patientRespCents, Long visitId, String kind) implements Serializable {}

  private List<ClaimRow> claimRows(String where, Long key, int first, int size) {
    return em.createQuery("select c.id, c.patientControlNumber, v.dateOfService, pt.lastName, pt.firstName, y.name, c.status,"
            + " c.totalCents, c.paidCents, c.patientRespCents, v.id, c.frequency from Claim c join c.visit v join v.patient pt join c.payer y"
            + " where " + where + " order by c.id", Object[].class)
        .setParameter("key", key)
        .setFirstResult(first).setMaxResults(size).getResultStream()
        .map(r -> new ClaimRow((Long) r[0], (String) r[1], (LocalDate) r[2], r[3] + ", " + r[4], (String) r[5], (ClaimStatus) r[6],
            (Long) r[7], (Long) r[8], (Long) r[9], (Long) r[10], Claim.kind((Character) r[11])))
        .toList();
  }

  /** A denied line waiting for a coder, with the payer's reasons in words. */
  public record Denial(Long lineId, Long claimId, Long visitId, String patientControlNumber, LocalDate dateOfService,
      String patientName, String payerName, String code, List<String> modifiers, int units, long chargeCents,
      List<String> reasons) implements Serializable {}

  /** A replaced or voided claim's denials are no longer worked: the claim that took its place is. */
  private static final String OPEN_DENIAL = "l.status = :denied and l.denialResolution is null and l.claim.status not in :superseded";

  public long denialCount() {
    return em.createQuery("select count(l) from ClaimLine l where " + OPEN_DENIAL, Long.class)
        .setParameter("denied", ClaimStatus.DENIED)
        .setParameter("superseded", ClaimStatus.SUPERSEDED)
        .getSingleResult();
  }

  /** Open denials, oldest date of service first: the line's own adjustments and remarks, then the claim's. */
  public List<Denial> denials(int first, int size) {
    EntityGraph<ClaimLine> withClaim = em.createEntityGraph(ClaimLine.class);
    Subgraph<Claim> claimNodes = withClaim.addSubgraph("claim");
    claimNodes.addAttributeNodes("payer");
    claimNodes.addSubgraph("visit").addAttributeNodes("patient");
    List<ClaimLine> lines = em.createQuery("select l from ClaimLine l where " + OPEN_DENIAL
            + " order by l.dateOfService, l.id", ClaimLine.class)
        .setParameter("denied", ClaimStatus.DENIED)
        .setParameter("superseded", ClaimStatus.SUPERSEDED)
        .setHint("jakarta.persistence.fetchgraph", withClaim)
        .setFirstResult(first).setMaxResults(size).getResultList();
    if (lines.isEmpty()) {
      return List.of();
    }
    Map<Long, List<ClaimAdjustment>> adjustmentsByClaim = em.createQuery(
            "select a from ClaimAdjustment a where a.claimId in :claims order by a.id", ClaimAdjustment.class)
        .setParameter("claims", lines.stream().map(l -> l.getClaim().getId()).distinct().toList())
        .getResultStream()
        .collect(Collectors.groupingBy(ClaimAdjustment::getClaimId, LinkedHashMap::new, Collectors.toList()));
    return lines.stream().map(line -> {
      Claim claim = line.getClaim();
      List<ClaimAdjustment> ofClaim = adjustmentsByClaim.getOrDefault(claim.getId(), List.of());
      Claims.ClaimDetail answer = new Claims.ClaimDetail(claim, ofClaim, List.of());
      List<String> reasons = new ArrayList<>(answer.reasonsOf(line));
      reasons.addAll(answer.claimReasons());
      return new Denial(line.getId(), claim.getId(), claim.getVisit().getId(), claim.getPatientControlNumber(),
          line.getDateOfService(), claim.getVisit().getPatient().getFullName(),
          claim.getPayer().getName(), line.getCode(), line.getModifiers(), line.getUnits(), line.getChargeCents(),
          List.copyOf(reasons));
    }).toList();
  }

  /** A coder says what was done about a denied line; it leaves the queue and the claim's history says so. */
  @RolesAllowed({Roles.CODER, Roles.ADMIN})
  public void workDenial(Long lineId, DenialResolution resolution, String note) throws BillingException {
    if (resolution == null) {
      throw new BillingException("Resolution: choose what was done about the denial.");
    }
    String why = note == null ? "" : note.strip();
    if (why.isEmpty()) {
      throw new BillingException("Note: say what was done, for the claim's history.");
    }
    if (why.length() > 500) {
      throw new BillingException("Note: at most 500 characters (this one has " + why.length() + ").");
    }
    ClaimLine line = lineId == null ? null : em.find(ClaimLine.class, lineId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    if (line == null) {
      throw new NoSuchBillingRecordException("There is no claim line " + lineId + ".");
    }
    if (line.getStatus() != ClaimStatus.DENIED || line.getDenialResolution() != null || line.getClaim().getStatus().isSuperseded()) {
      throw new BillingException("Line " + line.getLineNo() + " of claim " + line.getClaim().getPatientControlNumber()
          + " is not an open denial (someone may have worked it already).");
    }
    ClinicianDirectory.Author author = clinicians.callerAsAuthor();
    Instant now = Instant.now();
    line.worked(resolution, why, now, author.name());
    em.persist(new ClaimEvent(line.getClaim().getId(), now, author.username(), author.name(), "DENIAL_WORKED",
        "line " + line.getLineNo() + " (" + line.getCode() + "): " + resolution.label() + " — " + why));
  }

  /** What one payer still owes, by how long its claims have waited: 0–30, 31–60, 61–90 and over 90 days. */
  public record Aging(String payerName, List<Long> bucketsCents) implements Serializable {}

  /** Claims still waiting for their payer's answer, summed by payer and age (days since the claim was billed). */
  public List<Aging> agingByPayer(LocalDate today, ZoneId zone) {
    Instant day30 = today.minusDays(30).atStartOfDay(zone).toInstant();
    Instant day60 = today.minusDays(60).atStartOfDay(zone).toInstant();
    Instant day90 = today.minusDays(90).atStartOfDay(zone).toInstant();
    return em.createQuery("select y.name,"
            + " sum(case when c.createdAt >= :d30 then c.totalCents else 0 end),"
            + " sum(case when c.createdAt < :d30 and c.createdAt >= :d60 then c.totalCents else 0 end),"
            + " sum(case when c.createdAt < :d60 and c.createdAt >= :d90 then c.totalCents else 0 end),"
            + " sum(case when c.createdAt < :d90 then c.totalCents else 0 end)"
            + " from Claim c join c.payer y where c.status = :billed group by y.name order by y.name", Object[].class)
        .setParameter("d30", day30).setParameter("d60", day60).setParameter("d90", day90)
        .setParameter("billed", ClaimStatus.BILLED)
        .getResultStream()
        .map(r -> new Aging((String) r[0], List.of(num(r[1]), num(r[2]), num(r[3]), num(r[4]))))
        .toList();
  }

  private static long num(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
