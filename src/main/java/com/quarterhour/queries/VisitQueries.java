package com.quarterhour.queries;

import com.quarterhour.identity.Roles;
import com.quarterhour.shared.LikePattern;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every list of visits, one page at a time: filtered, sorted and counted in the database on the
 * figures stored with each visit, so lists stay fast at a million visits and never cut rows off
 * silently. A therapist (with no other role) gets only the visits they treated, whatever the
 * filter says: the check is here, not in the pages.
 */
@Stateless
@RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
public class VisitQueries {

  /** The columns a list may sort by, and what each sorts on; anything else falls back to oldest first. */
  static final Map<String, String> SORTS = Map.ofEntries(
      Map.entry("id", "v.id"),
      Map.entry("dateOfService", "v.dateOfService"),
      Map.entry("patientName", "p.lastName"),
      Map.entry("clinicianName", "c.displayName"),
      Map.entry("payerName", "y.name"),
      Map.entry("status", "v.status"),
      Map.entry("submittedAt", "v.submittedAt"),
      Map.entry("totalUnits", "v.totalUnits"),
      Map.entry("errorCount", "v.errorCount"),
      Map.entry("warnings", "v.warningCount"));

  /** The most rows one page may ask for. */
  public static final int MAX_PAGE = 100;

  /** The select list of a {@link VisitSummary}, over v (visit), p, c, y and the holder h. */
  static final String SUMMARY_SELECT =
      "select new com.quarterhour.queries.VisitSummary(v.id,"
          + " concat(p.lastName, ', ', p.firstName), p.mrn, c.displayName, y.name,"
          + " v.dateOfService, v.status, v.lineCount, v.totalMinutes, v.totalUnits, v.updatedAt,"
          + " h.username, h.displayName, v.returnQuestion, v.errorCount, v.openWarningCount, v.submittedAt,"
          + " v.warningCount)"
          + " from Visit v join v.patient p join v.clinician c join v.payer y left join v.claimedBy h";

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;

  /**
   * One page of the visits the filter selects.
   *
   * @param sortField a key of {@link #SORTS}, or null for oldest date of service first
   */
  public List<VisitSummary> page(VisitFilter filter, int first, int size, String sortField, boolean ascending) {
    Map<String, Object> params = new LinkedHashMap<>();
    String where = where(filter, params);
    String sort = sortField == null ? null : SORTS.get(sortField);
    String direction = sort == null || ascending ? " asc" : " desc";
    // The id breaks ties in the same direction, so (date, id) pages walk one index either way.
    String order = (sort == null ? "v.dateOfService" : sort) + direction + ", v.id" + direction;
    // First the page's ids, sorted and cut in the database from the visit's own columns (an index
    // alone serves most of this), joining only the table the sort needs; then those rows in full.
    TypedQuery<Long> ids = em.createQuery("select v.id from Visit v" + joinFor(sort) + where + " order by " + order, Long.class);
    params.forEach(ids::setParameter);
    List<Long> page = ids.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), MAX_PAGE)).getResultList();
    if (page.isEmpty()) {
      return List.of();
    }
    Map<Long, VisitSummary> rows = new HashMap<>();
    for (VisitSummary row : em.createQuery(SUMMARY_SELECT + " where v.id in :ids", VisitSummary.class)
        .setParameter("ids", page).getResultList()) {
      rows.put(row.id(), row);
    }
    List<VisitSummary> out = new ArrayList<>(page.size());
    for (Long id : page) {
      VisitSummary row = rows.get(id);
      if (row != null) {
        out.add(row);
      }
    }
    return out;
  }

  /** The join a sort on another table's column needs (aliases as in {@link #SUMMARY_SELECT}). */
  private static String joinFor(String sort) {
    if (sort == null) {
      return "";
    }
    return switch (sort.substring(0, 2)) {
      case "p." -> " join v.patient p";
      case "c." -> " join v.clinician c";
      case "y." -> " join v.payer y";
      default -> "";
    };
  }

  /** How many visits the filter selects: the page count of the list. */
  public long count(VisitFilter filter) {
    Map<String, Object> params = new LinkedHashMap<>();
    TypedQuery<Long> q = em.createQuery("select count(v) from Visit v" + where(filter, params), Long.class);
    params.forEach(q::setParameter);
    return q.getSingleResult();
  }

  private String where(VisitFilter f, Map<String, Object> params) {
    List<String> and = new ArrayList<>();
    if (Roles.seesOnlyOwnVisits(session::isCallerInRole)) {
      and.add("v.clinician.username = :me");
      params.put("me", session.getCallerPrincipal().getName());
    }
    if (!f.statuses().isEmpty()) {
      and.add("v.status in :statuses");
      params.put("statuses", f.statuses());
    }
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
      params.put("text", LikePattern.prefix(search));
    }
    // The count query has no joins: the alias-free conditions above work in both queries.
    return and.isEmpty() ? "" : " where " + String.join(" and ", and);
  }
}
