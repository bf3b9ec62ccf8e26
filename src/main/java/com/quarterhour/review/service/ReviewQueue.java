package com.quarterhour.review.service;

import com.quarterhour.identity.Roles;
import com.quarterhour.visit.domain.Clinician;
import com.quarterhour.visit.service.VisitService;
import com.quarterhour.visit.service.VisitSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coder's queue, one page at a time: filtered and sorted in the database on the figures stored
 * with each visit, so it stays fast with 100,000 visits.
 */
@Stateless
@RolesAllowed(Roles.CODER)
public class ReviewQueue {

  /** The columns a coder may sort by, and what each sorts on; anything else falls back to the queue order. */
  static final Map<String, String> SORTS = Map.of(
      "id", "v.id",
      "dateOfService", "v.dateOfService",
      "patientName", "p.lastName",
      "clinicianName", "c.displayName",
      "payerName", "y.name",
      "status", "v.status",
      "submittedAt", "v.submittedAt",
      "totalUnits", "v.totalUnits",
      "errorCount", "v.errorCount");

  public static final int MAX_PAGE = 100;

  @PersistenceContext private EntityManager em;

  /**
   * One page of the queue.
   *
   * @param sortField a key of {@link #SORTS}, or null for the queue order (oldest date of service first)
   */
  public List<VisitSummary> page(QueueFilter filter, int first, int size, String sortField, boolean ascending) {
    Map<String, Object> params = new LinkedHashMap<>();
    String where = where(filter, params);
    String sort = sortField == null ? null : SORTS.get(sortField);
    String order = sort == null ? "v.dateOfService asc, v.id asc" : sort + (ascending ? " asc" : " desc") + ", v.id asc";
    TypedQuery<VisitSummary> q = em.createQuery(VisitService.SUMMARY_SELECT + where + " order by " + order, VisitSummary.class);
    params.forEach(q::setParameter);
    return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), MAX_PAGE)).getResultList();
  }

  public long count(QueueFilter filter) {
    Map<String, Object> params = new LinkedHashMap<>();
    TypedQuery<Long> q = em.createQuery("select count(v) from Visit v" + where(filter, params), Long.class);
    params.forEach(q::setParameter);
    return q.getSingleResult();
  }

  /** The first page of the working queue, oldest first (what the queue opens on). */
  public List<VisitSummary> waiting() {
    return page(QueueFilter.working(), 0, MAX_PAGE, null, true);
  }

  /** Therapists (clinicians with a discipline), for the filter. */
  public List<Clinician> therapists() {
    return em.createQuery("select c from Clinician c where c.discipline is not null order by c.displayName", Clinician.class)
        .getResultList();
  }

  private static String where(QueueFilter f, Map<String, Object> params) {
    List<String> and = new ArrayList<>();
    and.add("v.status in :statuses");
    params.put("statuses", f.statuses());
    if (f.payerId() != null) {
      and.add("v.payer.id = :payer");
      params.put("payer", f.payerId());
    }
    if (f.therapistId() != null) {
      and.add("v.clinician.id = :therapist");
      params.put("therapist", f.therapistId());
    }
    if (f.from() != null) {
      and.add("v.dateOfService >= :from");
      params.put("from", f.from());
    }
    if (f.to() != null) {
      and.add("v.dateOfService <= :to");
      params.put("to", f.to());
    }
    if (f.onlyWithErrors()) {
      and.add("v.errorCount > 0");
    }
    if (f.waitingDays() != null && f.waitingDays() > 0) {
      and.add("v.submittedAt <= :submittedBefore");
      params.put("submittedBefore", Instant.now().minus(f.waitingDays(), ChronoUnit.DAYS));
    }
    String search = f.search() == null ? "" : f.search().trim();
    if (search.matches("\\d{1,18}")) {
      and.add("v.id = :visitId");
      params.put("visitId", Long.valueOf(search));
    } else if (!search.isEmpty()) {
      and.add("(lower(v.patient.lastName) like :text or lower(v.patient.mrn) like :text)");
      params.put("text", com.quarterhour.visit.service.LikePattern.prefix(search));
    }
    // The count query has no joins: the alias-free conditions above work in both queries.
    return " where " + String.join(" and ", and);
  }
}
