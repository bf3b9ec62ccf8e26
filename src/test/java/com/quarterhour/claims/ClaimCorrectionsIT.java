package com.quarterhour.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.audit.AuditTrail;
import com.quarterhour.audit.VisitEvent;
import com.quarterhour.reference.Relationship;
import com.quarterhour.review.service.CodingWorksheet;
import com.quarterhour.review.service.VisitWorkflow;
import com.quarterhour.testsupport.ServiceDeployment;
import com.quarterhour.testsupport.runas.AsCoder1;
import com.quarterhour.testsupport.runas.AsSupervisor1;
import com.quarterhour.testsupport.runas.TestData;
import com.quarterhour.visit.Resubmission;
import com.quarterhour.visit.Visit;
import com.quarterhour.visit.VisitAction;
import com.quarterhour.visit.VisitStatus;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A billed and answered visit corrected through review goes out again as a replacement (frequency
 * 7) and a voided one as a void (frequency 8), both quoting the payer's claim number (REF*F8); the
 * claims they supersede leave the receivables and a late answer to them moves no visit.
 */
@ExtendWith(ArquillianExtension.class)
class ClaimCorrectionsIT {

  @Deployment
  static WebArchive deployment() {
    return ServiceDeployment.war("claim-corrections-it.war").addClasses(ClaimCorrectionsIT.class);
  }

  @Inject BillingFixture fixture;
  @Inject ClaimBatches batches;
  @Inject ClaimCorrections corrections;
  @Inject RemittancePosting posting;
  @Inject Claims claims;
  @Inject BillingQueries queries;
  @Inject VisitWorkflow workflow;
  @Inject CodingWorksheet worksheet;
  @Inject AuditTrail audit;
  @Inject TestData data;
  @Inject AsCoder1 coder;
  @Inject AsSupervisor1 supervisor;

  private ClaimBatches.Outcome batch(Long payer) throws Exception {
    return coder.call(() -> batches.create(payer));
  }

  private List<Claim> claimsOf(ClaimBatches.Outcome batch) throws Exception {
    return coder.call(() -> batches.claimsOf(batch.batchId()));
  }

  /** The payer pays each claim in full and gives it its own claim number, "ICN-" and the claim's control number. */
  private void payInFull(List<Claim> billed) throws Exception {
    Test835 file = new Test835().payment("EFT" + System.nanoTime(), "1512345678", "MEDICARE PART B", LocalDate.now());
    for (Claim claim : billed) {
      file.claim(claim.getPatientControlNumber(), "1", claim.getTotalCents(), claim.getTotalCents(), 0, "ICN-" + claim.getPatientControlNumber());
      for (ClaimLine line : claim.getLines()) {
        file.service(line.getCode(), String.join(" ", line.getModifiers()), line.getChargeCents(), line.getChargeCents(), line.getUnits(),
            line.getLineControlNumber());
      }
    }
    RemittancePosting.Outcome outcome = coder.call(() -> posting.post(new ByteArrayInputStream(file.toX12().getBytes(StandardCharsets.US_ASCII))));
    assertThat(outcome.posted()).isEqualTo(billed.size());
  }

  private Claims.ClaimDetail detail(Long claimId) throws Exception {
    return coder.call(() -> claims.detail(claimId));
  }

  private List<VisitEvent> historyOf(Long visitId) throws Exception {
    return coder.call(() -> audit.historyPage(visitId, 0, 100));
  }

  @Test
  void aCorrectedVisitGoesOutAsAReplacementAndAVoidedOneAsAVoidBothQuotingThePayersNumber() throws Exception {
    Long payer = fixture.payer();
    Long corrected = fixture.readyVisit(fixture.patient(payer, true, Relationship.SELF), payer, 2);
    Long voided = fixture.readyVisit(fixture.patient(payer, true, Relationship.SELF), payer, 1);
    List<Claim> first = claimsOf(batch(payer));
    Claim original = first.stream().filter(c -> c.getVisit().getId().equals(corrected)).findFirst().orElseThrow();
    Claim cancelled = first.stream().filter(c -> c.getVisit().getId().equals(voided)).findFirst().orElseThrow();

    // Before the payer answers there is no claim number to quote: nothing changes.
    assertThatThrownBy(() -> coder.call(() -> { corrections.correct(corrected, "97140 was balance training"); return null; }))
        .isInstanceOf(BillingException.class).hasMessageContaining("has no answer from").hasMessageContaining("835");
    assertThat(data.visit(corrected).getStatus()).isEqualTo(VisitStatus.BILLED);

    payInFull(first);
    assertThat(data.visit(corrected).getStatus()).isEqualTo(VisitStatus.PAID);

    // The coder reopens the paid visit, recodes 97140 as 97112 with a reason, marks it coded; a supervisor approves.
    coder.call(() -> { corrections.correct(corrected, "Documentation shows balance training, not manual therapy"); return null; });
    Visit reopened = data.visit(corrected);
    assertThat(reopened.getStatus()).isEqualTo(VisitStatus.IN_REVIEW);
    assertThat(reopened.getResubmission()).isEqualTo(Resubmission.CORRECTION);
    coder.call(() -> worksheet.recode(corrected, reopened.getVersion(),
        List.of(new CodingWorksheet.LineChange(2, "97112", "GP", null, "Balance training per the note"))));
    coder.call(() -> { workflow.markCoded(corrected); return null; });
    supervisor.call(() -> { workflow.approve(corrected); return null; });

    // The void goes to a supervisor as a coded visit; approval makes it ready to bill.
    coder.call(() -> { corrections.requestVoid(voided, "Seen under workers' compensation: billed to the wrong payer"); return null; });
    assertThat(data.visit(voided).getStatus()).isEqualTo(VisitStatus.CODED);
    assertThatThrownBy(() -> supervisor.call(() -> { workflow.approveWithoutWarnings(voided); return null; }))
        .hasMessageContaining("asks to void a billed claim");
    supervisor.call(() -> { workflow.approve(voided); return null; });
    assertThat(data.visit(voided).getStatus()).isEqualTo(VisitStatus.READY_TO_BILL);

    ClaimBatches.Outcome second = batch(payer);
    assertThat(second.claims()).isEqualTo(2);
    assertThat(second.leftOut()).isEmpty();
    String x12 = coder.call(() -> batches.x12(second.batchId()));
    Map<String, ClaimFile.Claim> sent = X12ClaimReader.read(x12).claims().stream()
        .collect(Collectors.toMap(ClaimFile.Claim::patientControlNumber, Function.identity()));

    ClaimFile.Claim replacement = sent.get("QH" + corrected + "-2");
    assertThat(replacement.frequency()).isEqualTo('7');
    assertThat(replacement.payerClaimControlNumber()).isEqualTo("ICN-" + original.getPatientControlNumber());
    assertThat(replacement.lines()).extracting(ClaimFile.Line::code).containsExactly("97110", "97112");
    ClaimFile.Claim voidClaim = sent.get("QH" + voided + "-2");
    assertThat(voidClaim.frequency()).isEqualTo('8');
    assertThat(voidClaim.payerClaimControlNumber()).isEqualTo("ICN-" + cancelled.getPatientControlNumber());
    assertThat(x12).contains("CLM*QH" + corrected + "-2*", ":B:7*", "REF*F8*ICN-" + original.getPatientControlNumber() + "~",
        ":B:8*", "REF*F8*ICN-" + cancelled.getPatientControlNumber() + "~");

    // The database agrees with the file: old claims superseded, the visits billed and voided, each step in the histories.
    assertThat(detail(original.getId()).claim().getStatus()).isEqualTo(ClaimStatus.REPLACED);
    assertThat(detail(original.getId()).history()).extracting(ClaimEvent::getAction).contains("CORRECTION_OPENED", "REPLACED");
    assertThat(detail(cancelled.getId()).claim().getStatus()).isEqualTo(ClaimStatus.VOIDED);
    List<Claim> resent = claimsOf(second);
    Claim replacementRow = resent.stream().filter(c -> c.getVisit().getId().equals(corrected)).findFirst().orElseThrow();
    Claim voidRow = resent.stream().filter(c -> c.getVisit().getId().equals(voided)).findFirst().orElseThrow();
    assertThat(replacementRow.getFrequency()).isEqualTo('7');
    assertThat(replacementRow.getReplacesClaimId()).isEqualTo(original.getId());
    assertThat(replacementRow.getStatus()).isEqualTo(ClaimStatus.BILLED);
    assertThat(voidRow.getFrequency()).isEqualTo('8');
    assertThat(voidRow.getStatus()).isEqualTo(ClaimStatus.VOIDED);
    assertThat(data.visit(corrected).getStatus()).isEqualTo(VisitStatus.BILLED);
    assertThat(data.visit(corrected).getResubmission()).isNull();
    assertThat(data.visit(voided).getStatus()).isEqualTo(VisitStatus.VOIDED);
    assertThat(historyOf(corrected)).extracting(VisitEvent::getAction).contains(VisitAction.CORRECTION_OPENED, VisitAction.RECODED);
    assertThat(historyOf(voided)).extracting(VisitEvent::getAction).contains(VisitAction.VOID_REQUESTED);

    // Only the replacement is still owed; the void and the superseded claims are not receivables.
    String payerName = coder.call(() -> batches.payers()).stream().filter(p -> p.id().equals(payer)).findFirst().orElseThrow().name();
    List<BillingQueries.Aging> aging = coder.call(() -> queries.agingByPayer(LocalDate.now(), ZoneId.systemDefault()));
    assertThat(aging).filteredOn(a -> a.payerName().equals(payerName)).singleElement()
        .satisfies(a -> assertThat(a.bucketsCents().stream().mapToLong(Long::longValue).sum()).isEqualTo(replacementRow.getTotalCents()));

    // A late answer to the replaced claim is kept on it and moves neither the claim's state nor the visit's.
    payInFull(List.of(original));
    assertThat(detail(original.getId()).claim().getStatus()).isEqualTo(ClaimStatus.REPLACED);
    assertThat(data.visit(corrected).getStatus()).isEqualTo(VisitStatus.BILLED);
  }

  @Test
  void onlyABilledVisitIsCorrectedAndOnlyWithAReason() throws Exception {
    Long payer = fixture.payer();
    Long ready = fixture.readyVisit(fixture.patient(payer, true, Relationship.SELF), payer, 1);

    assertThatThrownBy(() -> coder.call(() -> { corrections.correct(ready, "late change"); return null; }))
        .isInstanceOf(BillingException.class).hasMessage("Visit " + ready + " is ready to bill: only a billed visit's claim is corrected or voided.");
    assertThatThrownBy(() -> coder.call(() -> { corrections.requestVoid(ready, "  "); return null; }))
        .isInstanceOf(BillingException.class).hasMessage("Reason: required.");
    assertThatThrownBy(() -> coder.call(() -> { corrections.correct(-1L, "a reason"); return null; }))
        .isInstanceOf(NoSuchBillingRecordException.class);
    assertThat(data.visit(ready).getStatus()).isEqualTo(VisitStatus.READY_TO_BILL);
    assertThat(data.visit(ready).getResubmission()).isNull();
  }
}
