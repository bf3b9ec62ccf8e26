package com.quarterhour.review.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.rules.UnitMethod;
import com.quarterhour.testsupport.Race;
import com.quarterhour.testsupport.ServiceDeployment;
import com.quarterhour.testsupport.runas.Caller;
import com.quarterhour.testsupport.runas.AsCoder1;
import com.quarterhour.testsupport.runas.AsCoder1AsSupervisor;
import com.quarterhour.testsupport.runas.AsCoder2;
import com.quarterhour.testsupport.runas.AsSupervisor1;
import com.quarterhour.testsupport.runas.AsTherapist1;
import com.quarterhour.testsupport.runas.AsTherapist1AsCoder;
import com.quarterhour.testsupport.runas.AsTherapist2;
import com.quarterhour.testsupport.runas.TestData;
import com.quarterhour.reference.Patient;
import com.quarterhour.reference.Payer;
import com.quarterhour.visit.VisitStatus;
import com.quarterhour.documentation.service.NewVisit;
import com.quarterhour.documentation.service.VisitService;
import com.quarterhour.visit.WorkflowException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every transition of the review workflow, allowed and refused, on the real server and PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class VisitWorkflowIT {

  @Deployment
  static WebArchive deployment() {
    return ServiceDeployment.war("visit-workflow-it.war").addClass(VisitWorkflowIT.class);
  }

  @Inject VisitWorkflow workflow;
  @Inject VisitService visits;
  @Inject TestData data;
  @Inject AsTherapist1 therapist1;
  @Inject AsTherapist2 therapist2;
  @Inject AsCoder1 coder1;
  @Inject AsCoder2 coder2;
  @Inject AsSupervisor1 supervisor1;
  @Inject AsTherapist1AsCoder therapist1AsCoder;
  @Inject AsCoder1AsSupervisor coder1AsSupervisor;

  private Long submitted() throws Exception {
    Patient patient = data.newPatient();
    Payer payer = data.newPayer(UnitMethod.CMS_TOTAL_TIME, true);
    NewVisit visit =
        new NewVisit(
            patient.getId(),
            payer.getId(),
            LocalDate.now(),
            List.of(new NewVisit.NewLine("97110", "GP", 33), new NewVisit.NewLine("97140", "GP", 7)),
            true);
    return therapist1.call(() -> visits.record(visit));
  }

  private VisitStatus status(Long id) {
    return data.visit(id).getStatus();
  }

  private static void refused(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(WorkflowException.class).hasMessageContaining(message);
  }

  private static void forbidden(ThrowingCallable call) {
    assertThatThrownBy(call).satisfies(e -> {
      List<String> names = new ArrayList<>();
      for (Throwable t = e; t != null; t = t.getCause()) {
        names.add(t.getClass().getName());
      }
      assertThat(names).contains(EJBAccessException.class.getName());
    });
  }

  @Test
  void aVisitGoesFromSubmittedThroughCodingToReadyToBill() throws Exception {
    Long id = submitted();

    coder1.call(() -> { workflow.claim(id); return null; });
    assertThat(status(id)).isEqualTo(VisitStatus.IN_REVIEW);
    assertThat(data.visit(id).getClaimedBy().getUsername()).isEqualTo("coder1");

    coder1.call(() -> { workflow.markCoded(id); return null; });
    assertThat(status(id)).isEqualTo(VisitStatus.CODED);

    supervisor1.call(() -> { workflow.approve(id); return null; });
    assertThat(status(id)).isEqualTo(VisitStatus.READY_TO_BILL);
    assertThat(data.visit(id).getApprovedBy().getUsername()).isEqualTo("supervisor1");
  }

  @Test
  void aReturnedVisitCarriesTheQuestionAndComesBackWhenTheTherapistResubmits() throws Exception {
    Long id = submitted();
    coder1.call(() -> { workflow.claim(id); return null; });

    refused(() -> coder1.call(() -> { workflow.returnToTherapist(id, "  "); return null; }), "Question for the therapist: a reason is required.");
    coder1.call(() -> { workflow.returnToTherapist(id, "Was 97140 a separate block?"); return null; });
    assertThat(status(id)).isEqualTo(VisitStatus.RETURNED);
    assertThat(data.visit(id).getReturnQuestion()).isEqualTo("Was 97140 a separate block?");

    refused(() -> therapist2.call(() -> { visits.resubmit(id); return null; }), "is not one of your visits");
    therapist1.call(() -> { visits.resubmit(id); return null; });
    assertThat(status(id)).isEqualTo(VisitStatus.SUBMITTED);
  }

  @Test
  void aRejectedVisitGoesBackToItsCoderWithTheReason() throws Exception {
    Long id = submitted();
    coder1.call(() -> { workflow.claim(id); workflow.markCoded(id); return null; });

    supervisor1.call(() -> { workflow.reject(id, "97140 needs 59 or a note"); return null; });
    assertThat(status(id)).isEqualTo(VisitStatus.REJECTED);
    assertThat(data.visit(id).getRejectReason()).isEqualTo("97140 needs 59 or a note");

    refused(() -> coder2.call(() -> { workflow.claim(id); return null; }), "goes back to Riley Chen, CPC");
    coder1.call(() -> { workflow.claim(id); return null; });
    assertThat(status(id)).isEqualTo(VisitStatus.IN_REVIEW);
  }

  @Test
  void transitionsAreRefusedToTheWrongRole() throws Exception {
    Long id = submitted();

    forbidden(() -> therapist1.call(() -> { workflow.claim(id); return null; }));
    forbidden(() -> supervisor1.call(() -> { workflow.markCoded(id); return null; }));
    forbidden(() -> coder1.call(() -> { workflow.approve(id); return null; }));
    forbidden(() -> coder1.call(() -> { visits.resubmit(id); return null; }));
    forbidden(() -> workflow.claim(id));
    assertThat(status(id)).isEqualTo(VisitStatus.SUBMITTED);
  }

  @Test
  void transitionsAreRefusedInTheWrongState() throws Exception {
    Long id = submitted();

    refused(() -> coder1.call(() -> { workflow.markCoded(id); return null; }), "the visit is Submitted; this needs it In review");
    refused(() -> supervisor1.call(() -> { workflow.approve(id); return null; }), "the visit is Submitted; this needs it Coded");
    refused(() -> therapist1.call(() -> { visits.resubmit(id); return null; }), "only a returned visit is resubmitted");
    refused(() -> coder1.call(() -> { workflow.claim(Long.MAX_VALUE); return null; }), "does not exist");
    assertThat(status(id)).isEqualTo(VisitStatus.SUBMITTED);
  }

  @Test
  void onlyTheHolderWorksAClaimedVisit() throws Exception {
    Long id = submitted();
    coder1.call(() -> { workflow.claim(id); return null; });

    refused(() -> coder2.call(() -> { workflow.claim(id); return null; }), "the visit is In review");
    refused(() -> coder2.call(() -> { workflow.markCoded(id); return null; }), "held by Riley Chen, CPC, not by you");
    assertThat(data.visit(id).getClaimedBy().getUsername()).isEqualTo("coder1");
  }

  @Test
  void nobodyCodesAVisitTheyTreatedOrApprovesTheirOwnCoding() throws Exception {
    Long id = submitted();

    refused(() -> therapist1AsCoder.call(() -> { workflow.claim(id); return null; }), "cannot code a visit they treated");
    coder1.call(() -> { workflow.claim(id); workflow.markCoded(id); return null; });
    refused(() -> coder1AsSupervisor.call(() -> { workflow.approve(id); return null; }), "cannot approve a visit they coded");
    assertThat(status(id)).isEqualTo(VisitStatus.CODED);
  }

  @Test
  void ofEightClaimsReleasedTogetherExactlyOneWinsAndTheOthersAreToldWhoHoldsIt() throws Exception {
    Long id = submitted();
    List<Callable<Void>> claims = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      // Two coders, so a loser either finds the visit held by the other or already in review.
      Caller coder = i % 2 == 0 ? coder1 : coder2;
      claims.add(() -> coder.call(() -> { workflow.claim(id); return null; }));
    }
    List<Race.Outcome<Void>> outcomes = Race.run(claims);

    assertThat(outcomes).filteredOn(Race.Outcome::won).hasSize(1);
    assertThat(outcomes).filteredOn(o -> !o.won()).hasSize(7)
        .allSatisfy(o -> assertThat(o.refusal()).isInstanceOf(WorkflowException.class).hasMessageContaining("In review"));
    assertThat(status(id)).isEqualTo(VisitStatus.IN_REVIEW);
  }
}
