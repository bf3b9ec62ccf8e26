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
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures behind the dashboards, counted by the database from what every save stores on the
 * visit. A therapist's figures cover their own visits only; the other roles see the clinic's.
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

  /** Visits in each state, every state listed (zero included). */
  public List<Figure> countsByStatus() {
    Map<VisitStatus, Long> counts = new EnumMap<>(VisitStatus.class);
    for (VisitStatus s : VisitStatus.values()) {
      counts.put(s, 0L);
    }
    TypedQuery<Object[]> q = em.createQuery(
        "select v.status, count(v) from Visit v" + mine("where") + " group by v.status", Object[].class);
    bindMine(q).getResultList().forEach(r -> counts.put((VisitStatus) r[0], (Long) r[1]));
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
    TypedQuery<Object[]> q = em.createQuery(
        "select c.displayName, avg(v.totalUnits) from Visit v join v.clinician c"
            + " where v.status <> :draft and v.dateOfService >= :since" + mine("and")
            + " group by c.displayName order by c.displayName", Object[].class);
    q.setParameter("draft", VisitStatus.DRAFT).setParameter("since", today.minusDays(90));
    Map<String, Double> byName = new LinkedHashMap<>();
    bindMine(q).getResultList().forEach(r -> byName.put((String) r[0], Math.round(((Number) r[1]).doubleValue() * 100) / 100.0));
    List<Figure> out = new ArrayList<>();
    byName.forEach((name, avg) -> out.add(new Figure(name, avg)));
    return out;
  }

  private boolean onlyOwn() {
    return Roles.seesOnlyOwnVisits(session::isCallerInRole);
  }

  private String mine(String joiner) {
    return onlyOwn() ? " " + joiner + " v.clinician.username = :me" : "";
  }

  private <T> TypedQuery<T> bindMine(TypedQuery<T> q) {
    return onlyOwn() ? q.setParameter("me", session.getCallerPrincipal().getName()) : q;
  }
}
