package com.quarterhour.review.service;

import com.quarterhour.queries.VisitFilter;
import com.quarterhour.queries.VisitQueries;
import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.rules.UnitMethod;
import com.quarterhour.testsupport.ServiceDeployment;
import com.quarterhour.testsupport.runas.AsCoder1;
import com.quarterhour.testsupport.runas.AsTherapist1;
import com.quarterhour.testsupport.runas.AsTherapist2;
import com.quarterhour.testsupport.runas.TestData;
import com.quarterhour.visit.VisitStatus;
import com.quarterhour.documentation.service.NewVisit;
import com.quarterhour.documentation.service.VisitService;
import com.quarterhour.queries.VisitSummary;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The coder queue's filters, sort and paging, done by the database. Each test bills its own payer. */
@ExtendWith(ArquillianExtension.class)
class ReviewQueueIT {

  @Deployment
  static WebArchive deployment() {
    return ServiceDeployment.war("review-queue-it.war").addClass(ReviewQueueIT.class);
  }

  @Inject VisitQueries queue;
  @Inject VisitService visits;
  @Inject CodingWorksheet worksheet;
  @Inject VisitWorkflow workflow;
  @Inject TestData data;
  @Inject AsTherapist1 therapist1;
  @Inject AsTherapist2 therapist2;
  @Inject AsCoder1 coder1;

  private Long payer;
  private final LocalDate today = LocalDate.now();

  @BeforeEach
  void ownPayer() {
    payer = data.newPayer(UnitMethod.CMS_TOTAL_TIME, true).getId();
  }

  private Long submit(AsTherapistCall who, LocalDate dos, int minutes) throws Exception {
    String modifier = who == AsTherapistCall.OT ? "GO" : "GP";
    NewVisit visit = new NewVisit(data.newPatient().getId(), payer, dos, List.of(new NewVisit.NewLine("97110", modifier, minutes)), true);
    return who == AsTherapistCall.OT ? therapist2.call(() -> visits.record(visit)) : therapist1.call(() -> visits.record(visit));
  }

  private enum AsTherapistCall { PT, OT }

  private VisitFilter filter(Long therapistId, LocalDate from, LocalDate to, boolean errors, Integer waitingDays) {
    return new VisitFilter(VisitFilter.WORKING, payer, therapistId, from, to, errors, waitingDays, null);
  }

  private List<Long> ids(VisitFilter filter, int first, int size, String sort, boolean ascending) throws Exception {
    return coder1.call(() -> queue.page(filter, first, size, sort, ascending)).stream().map(VisitSummary::id).toList();
  }

  @Test
  void filtersByPayerTherapistAndDateOfService() throws Exception {
    Long old = submit(AsTherapistCall.PT, today.minusDays(10), 30);
    Long recent = submit(AsTherapistCall.PT, today.minusDays(2), 30);
    Long ot = submit(AsTherapistCall.OT, today.minusDays(2), 30);
    Long therapist2Id = data.clinician("therapist2").getId();

    assertThat(ids(filter(null, null, null, false, null), 0, 25, null, true)).containsExactly(old, recent, ot);
    assertThat(coder1.call(() -> queue.count(filter(null, null, null, false, null)))).isEqualTo(3);
    assertThat(ids(filter(therapist2Id, null, null, false, null), 0, 25, null, true)).containsExactly(ot);
    assertThat(ids(filter(null, today.minusDays(5), today, false, null), 0, 25, null, true)).containsExactly(recent, ot);
    assertThat(ids(filter(null, null, today.minusDays(5), false, null), 0, 25, null, true)).containsExactly(old);
    assertThat(ids(new VisitFilter(Set.of(VisitStatus.CODED), payer, null, null, null, false, null, null), 0, 25, null, true)).isEmpty();
  }

  @Test
  void sortsAndPagesInTheDatabase() throws Exception {
    Long small = submit(AsTherapistCall.PT, today.minusDays(1), 10);
    Long large = submit(AsTherapistCall.PT, today.minusDays(3), 50);
    Long middle = submit(AsTherapistCall.PT, today.minusDays(2), 30);
    VisitFilter all = filter(null, null, null, false, null);

    assertThat(ids(all, 0, 2, "totalUnits", false)).containsExactly(large, middle);
    assertThat(ids(all, 2, 2, "totalUnits", false)).containsExactly(small);
    assertThat(ids(all, 0, 25, "dateOfService", false)).containsExactly(small, middle, large);
    assertThat(ids(all, 0, 25, "no-such-column; drop table visit", true)).containsExactly(large, middle, small);
  }

  @Test
  void findsVisitsWithErrorsAndVisitsWaitingLong() throws Exception {
    Long clean = submit(AsTherapistCall.PT, today.minusDays(1), 30);
    Long overBilled = submit(AsTherapistCall.PT, today.minusDays(1), 30);
    coder1.call(() -> {
      workflow.claim(overBilled);
      long version = data.visit(overBilled).getVersion();
      return worksheet.recode(overBilled, version, List.of(new CodingWorksheet.LineChange(1, "97110", "GP", 6, "Testing the error filter")));
    });

    assertThat(ids(filter(null, null, null, true, null), 0, 25, null, true)).containsExactly(overBilled);
    assertThat(ids(filter(null, null, null, false, 0), 0, 25, null, true)).containsExactly(clean, overBilled);
    assertThat(ids(filter(null, null, null, false, 1), 0, 25, null, true)).isEmpty();
  }

  @Test
  void findsAVisitByItsNumberOrThePatientsMrn() throws Exception {
    var patient = data.newPatient();
    NewVisit visit = new NewVisit(patient.getId(), payer, today, List.of(new NewVisit.NewLine("97110", "GP", 30)), true);
    Long id = therapist1.call(() -> visits.record(visit));
    Long other = submit(AsTherapistCall.PT, today, 30);

    assertThat(ids(search(String.valueOf(id)), 0, 25, null, true)).containsExactly(id);
    assertThat(ids(search(patient.getMrn().toLowerCase()), 0, 25, null, true)).containsExactly(id);
    assertThat(ids(search(" patient "), 0, 25, null, true)).containsExactly(id, other);
    assertThat(ids(search("%"), 0, 25, null, true)).isEmpty();
  }

  private VisitFilter search(String text) {
    return new VisitFilter(VisitFilter.WORKING, payer, null, null, null, false, null, text);
  }
}
