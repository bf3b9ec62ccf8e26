package com.quarterhour.dashboard.service;

import com.quarterhour.identity.Roles;
import com.quarterhour.queries.VisitFilter;
import com.quarterhour.visit.VisitStatus;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The figures behind the dashboards: visits by state and units per visit from the day figures the
 * database keeps up to date, the queue's age and this month's findings from the visits (both read
 * a small part of them through an index). A therapist's figures cover their own visits only; the
 * other roles see the clinic's.
 */
@Stateless
@RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
public class DashboardFigures {

  /** How long submitted visits have waited for coding, in these bands of days. */
  static final int[][] AGE_BANDS = {{0, 1}, {2, 3}, {4, 7}, {8, 14}, {15, Integer.MAX_VALUE}};

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;

  /** A label and its number, in the order a chart shows them. */
  public record Figure(String label, double value) implements Serializable {
    /** "12" or "3.25": whole numbers without decimals. */
    public String text() {
      return value == Math.rint(value) ? String.valueOf((long) value) : String.format(java.util.Locale.ROOT, "%.2f", value);
    }
  }

  /**
   * The day figures as they stand: what has been folded plus the changes appended since
   * (visit_day_figures, kept up to date by the database; see the V8 migrations).
   */
  private static final String DAY_FIGURES = "(select date_of_service, clinician_id, status, visits, units from visit_day_figures"
      + " union all select date_of_service, clinician_id, status, visits, units from visit_figure_change) f";

  /** Visits in each state, every state listed (zero included). */
  public List<Figure> countsByStatus() {
    Map<VisitStatus, Long> counts = new EnumMap<>(VisitStatus.class);
    for (VisitStatus s : VisitStatus.values()) {
      counts.put(s, 0L);
    }
    Query q = em.createNativeQuery("select f.status, sum(f.visits) from " + DAY_FIGURES + mineById("where") + " group by f.status");
    for (Object row : bindMine(q).getResultList()) {
      Object[] r = (Object[]) row;
      counts.put(VisitStatus.valueOf((String) r[0]), ((Number) r[1]).longValue());
    }
    List<Figure> out = new ArrayList<>();
    counts.forEach((s, n) -> out.add(new Figure(s.label(), n)));
    return out;
  }

  /**
   * Visits waiting for coding (submitted, in review, rejected) by days since submission: one
   * query, the bands counted by the database.
   */
  public List<Figure> queueAge() {
    Instant now = Instant.now();
    StringBuilder select = new StringBuilder("select");
    for (int b = 0; b < AGE_BANDS.length; b++) {
      int[] band = AGE_BANDS[b];
      select.append(b == 0 ? " " : ", ").append("sum(case when v.submittedAt <= :newest").append(b);
      if (band[1] != Integer.MAX_VALUE) {
        select.append(" and v.submittedAt > :oldest").append(b);
      }
      select.append(" then 1 else 0 end)");
    }
    TypedQuery<Object[]> q = em.createQuery(select + " from Visit v where v.status in :working" + mine("and"), Object[].class);
    q.setParameter("working", VisitFilter.WORKING);
    for (int b = 0; b < AGE_BANDS.length; b++) {
      q.setParameter("newest" + b, now.minus(AGE_BANDS[b][0], ChronoUnit.DAYS));
      if (AGE_BANDS[b][1] != Integer.MAX_VALUE) {
        q.setParameter("oldest" + b, now.minus(AGE_BANDS[b][1] + 1L, ChronoUnit.DAYS));
      }
    }
    Object[] counts = bindMine(q).getSingleResult();
    List<Figure> out = new ArrayList<>();
    for (int b = 0; b < AGE_BANDS.length; b++) {
      int[] band = AGE_BANDS[b];
      String label = band[1] == Integer.MAX_VALUE ? band[0] + "+ days" : band[0] + "–" + band[1] + " days";
      out.add(new Figure(label, counts[b] == null ? 0 : ((Number) counts[b]).doubleValue()));
    }
    return out;
  }

  /** The most frequent findings on visits with a date of service this month, most frequent first. */
  public List<Figure> topFindingsThisMonth(LocalDate today, int limit) {
    TypedQuery<Object[]> q = em.createQuery(
        "select f, count(v) from Visit v join v.findingIds f where v.dateOfService >= :monthStart" + mine("and")
            + " group by f order by count(v) desc, f", Object[].class);
    q.setParameter("monthStart", today.withDayOfMonth(1)).setMaxResults(limit);
    List<Figure> out = new ArrayList<>();
    bindMine(q).getResultList().forEach(r -> out.add(new Figure((String) r[0], (Long) r[1])));
    return out;
  }

  /** Average billed units per signed visit, by therapist, over the last 90 days of service. */
  public List<Figure> unitsPerVisitByTherapist(LocalDate today) {
    Query q = em.createNativeQuery("select c.display_name, sum(f.units), sum(f.visits) from " + DAY_FIGURES
        + " join clinician c on c.id = f.clinician_id where f.status <> :draft and f.date_of_service >= :since" + mineById("and")
        + " group by c.display_name having sum(f.visits) > 0 order by c.display_name");
    q.setParameter("draft", VisitStatus.DRAFT.name()).setParameter("since", today.minusDays(90));
    List<Figure> out = new ArrayList<>();
    for (Object row : bindMine(q).getResultList()) {
      Object[] r = (Object[]) row;
      double average = ((Number) r[1]).doubleValue() / ((Number) r[2]).doubleValue();
      out.add(new Figure((String) r[0], Math.round(average * 100) / 100.0));
    }
    return out;
  }

  private boolean onlyOwn() {
    return Roles.seesOnlyOwnVisits(session::isCallerInRole);
  }

  private String mine(String joiner) {
    return onlyOwn() ? " " + joiner + " v.clinician.username = :me" : "";
  }

  /** The same condition on the day figures, which know the therapist by id. */
  private String mineById(String joiner) {
    return onlyOwn() ? " " + joiner + " f.clinician_id = (select id from clinician where username = :me)" : "";
  }

  private <Q extends Query> Q bindMine(Q q) {
    if (onlyOwn()) {
      q.setParameter("me", session.getCallerPrincipal().getName());
    }
    return q;
  }
}
