package com.quarterhour.dashboard.web;

import com.quarterhour.dashboard.service.DashboardFigures;
import com.quarterhour.dashboard.service.DashboardFigures.Figure;
import com.quarterhour.claims.BillingQueries;
import com.quarterhour.identity.Roles;
import com.quarterhour.rules.Money;
import com.quarterhour.shared.ClinicCalendar;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Backs dashboard.xhtml: the caller's figures as charts, with the same numbers as tables. */
@Named
@RequestScoped
public class DashboardView {

  @Inject private DashboardFigures figures;
  @Inject private ClinicCalendar calendar;
  @Inject private HttpServletRequest request;
  @Inject private DashboardCache cache;
  @Inject private BillingQueries billing;

  private List<Figure> byStatus;
  private List<Figure> queueAge;
  private List<Figure> topFindings;
  private List<Figure> unitsPerVisit;
  private Instant countedAt;
  private List<BillingQueries.Aging> aging = List.of();

  /** The aging chart's columns, in the order of {@link BillingQueries.Aging#bucketsCents()}. */
  public static final List<String> AGE_BUCKETS = List.of("0–30 days", "31–60 days", "61–90 days", "Over 90 days");
  private static final String[] PAYER_COLORS = {"#12355b", "#2f6f4e", "#b54708", "#6941c6", "#b42318", "#0e7090", "#667085"};

  @PostConstruct
  void init() {
    boolean clinicWide = isClinicWide();
    String audience = clinicWide ? "clinic" : "therapist:" + request.getRemoteUser();
    DashboardCache.Snapshot snapshot = cache.figures(audience, () -> DashboardCache.count(figures, calendar.today(), clinicWide));
    byStatus = snapshot.byStatus();
    topFindings = snapshot.topFindings();
    unitsPerVisit = snapshot.unitsPerVisit();
    queueAge = snapshot.queueAge();
    countedAt = snapshot.countedAt();
    if (clinicWide) {
      aging = billing.agingByPayer(calendar.today(), calendar.zone());
    }
  }

  public List<BillingQueries.Aging> getAging() { return aging; }

  public List<String> getAgeBuckets() { return AGE_BUCKETS; }

  public String usd(long cents) {
    return Money.usd(cents);
  }

  /** Dollars owed per age bucket, a stack per payer. */
  public String getAgingChart() {
    List<ChartJson.Stack> stacks = new java.util.ArrayList<>();
    for (int i = 0; i < aging.size(); i++) {
      double[] dollars = aging.get(i).bucketsCents().stream().mapToDouble(cents -> cents / 100.0).toArray();
      stacks.add(new ChartJson.Stack(aging.get(i).payerName(), PAYER_COLORS[i % PAYER_COLORS.length], dollars));
    }
    return ChartJson.stackedBar(AGE_BUCKETS, stacks);
  }

  /** "14:02:11": when the figures shown were counted. */
  public String getCountedAt() {
    return DateTimeFormatter.ofPattern("HH:mm:ss").format(countedAt.atZone(calendar.zone()));
  }

  public long getFreshSeconds() {
    return DashboardCache.FRESH.toSeconds();
  }

  /** Coders, supervisors and admins see the whole clinic; a therapist their own visits. */
  public boolean isClinicWide() {
    return !Roles.seesOnlyOwnVisits(request::isUserInRole);
  }

  public String getStatusChart() {
    return ChartJson.bar("Visits", byStatus, "#12355b", false);
  }

  public String getQueueAgeChart() {
    return ChartJson.bar("Visits waiting", queueAge, "#b54708", false);
  }

  public String getFindingsChart() {
    return ChartJson.bar("Visits with the finding", topFindings, "#b42318", true);
  }

  public String getUnitsChart() {
    return ChartJson.bar("Units per visit", unitsPerVisit, "#2f6f4e", true);
  }

  public List<Figure> getByStatus() { return byStatus; }
  public List<Figure> getQueueAge() { return queueAge; }
  public List<Figure> getTopFindings() { return topFindings; }
  public List<Figure> getUnitsPerVisit() { return unitsPerVisit; }
}
