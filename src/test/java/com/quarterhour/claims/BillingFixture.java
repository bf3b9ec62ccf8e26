package com.quarterhour.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.chart.PlansOfCare;
import com.quarterhour.documentation.service.NewVisit;
import com.quarterhour.documentation.service.VisitService;
import com.quarterhour.reference.NewPolicy;
import com.quarterhour.reference.PatientDetails;
import com.quarterhour.reference.PatientRegistry;
import com.quarterhour.reference.Physicians;
import com.quarterhour.reference.Relationship;
import com.quarterhour.reference.Sex;
import com.quarterhour.review.service.VisitWorkflow;
import com.quarterhour.rules.Discipline;
import com.quarterhour.rules.UnitMethod;
import com.quarterhour.testsupport.TestNpi;
import com.quarterhour.testsupport.runas.AsAdmin1;
import com.quarterhour.testsupport.runas.AsCoder1;
import com.quarterhour.testsupport.runas.AsSupervisor1;
import com.quarterhour.testsupport.runas.AsTherapist1;
import com.quarterhour.testsupport.runas.TestData;
import com.quarterhour.visit.VisitStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Billing's starting points for container tests: the clinic's billing details, an electronic payer, insured patients, ready visits. */
@Dependent
public class BillingFixture {

  @Inject ClinicBilling billing;
  @Inject PatientRegistry registry;
  @Inject Physicians physicians;
  @Inject PlansOfCare plans;
  @Inject VisitService visits;
  @Inject VisitWorkflow workflow;
  @Inject TestData data;
  @Inject AsAdmin1 admin;
  @Inject AsCoder1 coder;
  @Inject AsSupervisor1 supervisor;
  @Inject AsTherapist1 therapist;

  private final LocalDate today = LocalDate.now();

  /** A Medicare payer the clinic bills electronically, with the clinic's billing details on file. */
  public Long payer() throws Exception {
    Long payer = data.newPayer(UnitMethod.CMS_TOTAL_TIME, true).getId();
    admin.call(() -> {
      billing.save(new BillingDetails("Quarterhour Demo Therapy", "1497758544", "93-1234567", "400 SW Main St", "Portland", "OR",
          "97204-1234", "225100000X", "QHDEMO01", "Billing Office", "(503) 555-0100", "11"));
      billing.billPayerBy(payer, "02402", false);
      return null;
    });
    return payer;
  }

  /** A registered patient insured by the payer (as subscriber, or as a child on a parent's plan), with a certified PT plan. */
  public Long patient(Long payer, boolean insured, Relationship relationship) throws Exception {
    return admin.call(() -> {
      Long id = registry.register(new PatientDetails("CLM-" + UUID.randomUUID().toString().substring(0, 8), "Ada", "Quill",
          LocalDate.of(1948, 5, 17), Sex.F, "12 Elm St", "Apt 3", "Portland", "OR", "97201-1234", "(503) 555-0142"));
      if (insured) {
        boolean self = relationship == Relationship.SELF;
        registry.addPolicy(new NewPolicy(id, payer, 1, "1EG4TE5MK72", null, relationship, self ? null : "Sam", self ? null : "Quill",
            self ? null : LocalDate.of(1946, 2, 2), today.withDayOfYear(1), null));
      }
      Long physician = physicians.register("Okafor", "Ngozi", TestNpi.fresh()).getId();
      Long plan = plans.open(new PlansOfCare.NewPlan(id, Discipline.PT, today.minusDays(20), physician, List.of("M54.50", "M62.81"),
          "2x/week", "Walk a mile"));
      plans.certify(plan, today.minusDays(18), today.minusDays(20).plusDays(89));
      return id;
    });
  }

  /** A PT session (97110 33 min, 97140 10 min) entered, coded and approved: ready to bill. */
  public Long readyVisit(Long patient, Long payer, int daysAgo) throws Exception {
    Long id = therapist.call(() -> visits.record(new NewVisit(patient, payer, today.minusDays(daysAgo), Discipline.PT,
        List.of(new NewVisit.NewLine("97110", "GP", 33), new NewVisit.NewLine("97140", "GP", 10)), true)));
    coder.call(() -> { workflow.claim(id); workflow.markCoded(id); return null; });
    supervisor.call(() -> { workflow.approve(id); return null; });
    assertThat(data.visit(id).getStatus()).isEqualTo(VisitStatus.READY_TO_BILL);
    return id;
  }
}
