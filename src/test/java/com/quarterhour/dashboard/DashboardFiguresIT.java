package com.quarterhour.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.dashboard.service.DashboardFigures;
import com.quarterhour.dashboard.service.DashboardFigures.Figure;
import com.quarterhour.dashboard.service.FigureCompaction;
import com.quarterhour.review.service.VisitWorkflow;
import com.quarterhour.shared.ClusterLock;
import com.quarterhour.visit.VisitStatus;
import com.quarterhour.rules.UnitMethod;
import com.quarterhour.testsupport.ServiceDeployment;
import com.quarterhour.testsupport.runas.AsCoder1;
import com.quarterhour.testsupport.runas.AsTherapist1;
import com.quarterhour.testsupport.runas.AsTherapist2;
import com.quarterhour.testsupport.runas.TestData;
import com.quarterhour.documentation.service.NewVisit;
import com.quarterhour.documentation.service.VisitService;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The dashboards' figures: counted by the database, the clinic's for coders, a therapist's own for therapists. */
@ExtendWith(ArquillianExtension.class)
class DashboardFiguresIT {

  @Deployment
  static WebArchive deployment() {
    return ServiceDeployment.war("dashboard-it.war").addClass(DashboardFiguresIT.class);
  }

  @Inject DashboardFigures figures;
  @Inject VisitService visits;
  @Inject TestData data;
  @Inject AsTherapist1 therapist1;
  @Inject AsTherapist2 therapist2;
  @Inject AsCoder1 coder1;
  @Inject FigureCompaction compaction;
  @Inject VisitWorkflow workflow;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  private static double total(List<Figure> figures) {
    return figures.stream().mapToDouble(Figure::value).sum();
  }

  private static double valueOf(List<Figure> figures, String label) {
    return figures.stream().filter(f -> f.label().equals(label)).mapToDouble(Figure::value).findFirst().orElse(0);
  }

  @Test
  void figuresCountTheClinicForCodersAndOnlyTheirOwnVisitsForTherapists() throws Exception {
    LocalDate today = LocalDate.now();
    NewVisit belowBillable = new NewVisit(data.newPatient().getId(), data.newPayer(UnitMethod.PER_CODE, false).getId(), today,
        List.of(new NewVisit.NewLine("97110", "GP", 33), new NewVisit.NewLine("97140", "GP", 5)), true);
    double findingsBefore = valueOf(coder1.call(() -> figures.topFindingsThisMonth(today, 50)), "BELOW_BILLABLE_MINUTES");
    double submittedBefore = valueOf(coder1.call(figures::countsByStatus), "Submitted");
    therapist1.call(() -> visits.record(belowBillable));

    List<Figure> clinic = coder1.call(figures::countsByStatus);
    assertThat(total(clinic)).isEqualTo(data.visitCount());
    assertThat(valueOf(clinic, "Submitted")).isEqualTo(submittedBefore + 1);
    assertThat(clinic).extracting(Figure::label).contains("Draft", "Ready to bill");
    assertThat(total(therapist2.call(figures::countsByStatus))).isEqualTo(data.visitCountOf("therapist2"));

    assertThat(valueOf(coder1.call(() -> figures.topFindingsThisMonth(today, 50)), "BELOW_BILLABLE_MINUTES")).isEqualTo(findingsBefore + 1);
    assertThat(therapist2.call(() -> figures.topFindingsThisMonth(today, 50))).extracting(Figure::label).doesNotContain("BELOW_BILLABLE_MINUTES");

    List<Figure> age = coder1.call(figures::queueAge);
    assertThat(age).extracting(Figure::label).containsExactly("0–1 days", "2–3 days", "4–7 days", "8–14 days", "15+ days");
    assertThat(age.get(0).value()).isGreaterThanOrEqualTo(1);

    assertThat(coder1.call(() -> figures.unitsPerVisitByTherapist(today))).extracting(Figure::label).contains("Dana Ortiz, PT");
  }

  @Test
  void theFiguresKeptByTheDatabaseAgreeWithTheVisitsBeforeAndAfterTheyAreFolded() throws Exception {
    LocalDate today = LocalDate.now();
    Long id = therapist1.call(() -> visits.record(new NewVisit(data.newPatient().getId(), data.newPayer(UnitMethod.CMS_TOTAL_TIME, true).getId(),
        today, List.of(new NewVisit.NewLine("97110", "GP", 38), new NewVisit.NewLine("97140", "GP", 8)), true)));
    agreeWithTheVisits(today);

    // Another node is folding right now (it holds the task's advisory lock): this one skips its turn
    // and leaves every change for the next (the scheduled fold of this node skips as well).
    try (Connection otherNode = dataSource.getConnection()) {
      otherNode.setAutoCommit(false);
      try (Statement s = otherNode.createStatement()) {
        s.execute("select pg_advisory_xact_lock(" + ClusterLock.Task.FIGURE_COMPACTION.key() + ")");
        coder1.call(() -> { // submitted → in review: the visit moves between two figures
          workflow.claim(id);
          return null;
        });
        agreeWithTheVisits(today);
        assertThat(valueOf(coder1.call(figures::countsByStatus), "In review")).isGreaterThanOrEqualTo(1);
        long pending = pendingChanges(s);
        assertThat(pending).as("changes appended by the claim").isPositive();
        assertThat(compaction.fold()).as("folded while another node holds the compaction").isZero();
        assertThat(pendingChanges(s)).isEqualTo(pending);
      } finally {
        otherNode.rollback();
      }
    }

    compaction.fold();
    agreeWithTheVisits(today);
    assertThat(compaction.fold()).as("nothing left to fold").isZero();
  }

  private static long pendingChanges(Statement s) throws Exception {
    try (ResultSet r = s.executeQuery("select count(*) from visit_figure_change")) {
      r.next();
      return r.getLong(1);
    }
  }

  private void agreeWithTheVisits(LocalDate today) throws Exception {
    Map<VisitStatus, Long> counted = data.visitsByStatus();
    List<Figure> byStatus = coder1.call(figures::countsByStatus);
    for (VisitStatus s : VisitStatus.values()) {
      assertThat(valueOf(byStatus, s.label())).as(s.label()).isEqualTo(counted.getOrDefault(s, 0L).doubleValue());
    }
    Map<String, Double> units = new TreeMap<>();
    coder1.call(() -> figures.unitsPerVisitByTherapist(today)).forEach(f -> units.put(f.label(), f.value()));
    assertThat(units).isEqualTo(data.unitsPerVisitSince(today.minusDays(90)));
  }
}
