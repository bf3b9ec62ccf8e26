package com.quarterhour.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.quarterhour.reference.Relationship;
import com.quarterhour.testsupport.Race;
import com.quarterhour.testsupport.ServiceAccount;
import com.quarterhour.testsupport.ServiceDeployment;
import com.quarterhour.testsupport.runas.AsCoder1;
import com.quarterhour.testsupport.runas.AsCoder2;
import com.quarterhour.testsupport.runas.TestData;
import com.quarterhour.visit.VisitStatus;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A batch billed, the payer's 835 for it posted line by line, posted again without effect; bad files post nothing. */
@ExtendWith(ArquillianExtension.class)
class RemittancePostingIT {

  @Deployment
  static WebArchive deployment() {
    return ServiceDeployment.war("remittance-posting-it.war").addClasses(RemittancePostingIT.class);
  }

  @Inject BillingFixture fixture;
  @Inject ClaimBatches batches;
  @Inject RemittancePosting posting;
  @Inject Claims claims;
  @Inject BillingQueries queries;
  @Inject TestData data;
  @Inject AsCoder1 coder1;
  @Inject AsCoder2 coder2;

  /** Three visits billed in one batch; their claims with lines, in file order. */
  private List<Claim> billedClaims(Long payer, int visits) throws Exception {
    for (int i = 0; i < visits; i++) {
      fixture.readyVisit(fixture.patient(payer, true, Relationship.SELF), payer, 1 + i);
    }
    ClaimBatches.Outcome batch = coder1.call(() -> batches.create(payer));
    return coder1.call(() -> batches.claimsOf(batch.batchId()));
  }

  private RemittancePosting.Outcome post(String x12) throws Exception {
    return coder1.call(() -> posting.post(new ByteArrayInputStream(x12.getBytes(StandardCharsets.US_ASCII))));
  }

  private Claims.ClaimDetail detail(Claim claim) throws Exception {
    return coder1.call(() -> claims.detail(claim.getId()));
  }

  private static String trace() {
    return "EFT" + System.nanoTime();
  }

  /**
   * The payer's answer: the first claim paid in full, the second paid less a contractual
   * adjustment (CO-45) and coinsurance (PR-2), the third denied (CO-50, not medically necessary).
   */
  private static String remittanceFor(List<Claim> billed, String trace) {
    Claim paid = billed.get(0);
    Claim partly = billed.get(1);
    Claim denied = billed.get(2);
    ClaimLine p1 = paid.getLines().get(0);
    ClaimLine p2 = paid.getLines().get(1);
    ClaimLine q1 = partly.getLines().get(0);
    ClaimLine q2 = partly.getLines().get(1);
    long q1Paid = q1.getChargeCents() - 1000 - 1500;
    long q2Paid = q2.getChargeCents() - 500 - 700;
    Test835 file = new Test835().payment(trace, "1512345678", "MEDICARE PART B", LocalDate.now())
        .claim(paid.getPatientControlNumber(), "1", paid.getTotalCents(), paid.getTotalCents(), 0, "PCN-PAID")
        .service(p1.getCode(), "GP", p1.getChargeCents(), p1.getChargeCents(), p1.getUnits(), p1.getLineControlNumber())
        .allowed(p1.getChargeCents())
        .service(p2.getCode(), "GP", p2.getChargeCents(), p2.getChargeCents(), p2.getUnits(), p2.getLineControlNumber())
        .claim(partly.getPatientControlNumber(), "1", partly.getTotalCents(), q1Paid + q2Paid, 1500 + 700, "PCN-PART")
        .service(q1.getCode(), "GP", q1.getChargeCents(), q1Paid, q1.getUnits(), q1.getLineControlNumber())
        .adjust("CO", "45", 1000).adjust("PR", "2", 1500).allowed(q1.getChargeCents() - 1000)
        .service(q2.getCode(), "GP", q2.getChargeCents(), q2Paid, q2.getUnits(), q2.getLineControlNumber())
        .adjust("CO", "45", 500).adjust("PR", "2", 700)
        .claim(denied.getPatientControlNumber(), "4", denied.getTotalCents(), 0, 0, "PCN-DENY");
    for (ClaimLine line : denied.getLines()) {
      file.service(line.getCode(), "GP", line.getChargeCents(), 0, line.getUnits(), line.getLineControlNumber())
          .adjust("CO", "50", line.getChargeCents()).remark("N115");
    }
    return file.toX12();
  }

  @Test
  void aRemittancePostsEveryLineAndPostingItAgainChangesNothing() throws Exception {
    Long payer = fixture.payer();
    List<Claim> billed = billedClaims(payer, 3);
    String x12 = remittanceFor(billed, trace());

    RemittancePosting.Outcome outcome = post(x12);

    assertThat(outcome.claims()).isEqualTo(3);
    assertThat(outcome.posted()).isEqualTo(3);
    assertThat(outcome.unmatched()).isZero();
    assertThat(outcome.duplicate()).isFalse();

    Claims.ClaimDetail paid = detail(billed.get(0));
    assertThat(paid.claim().getStatus()).isEqualTo(ClaimStatus.PAID);
    assertThat(paid.claim().getPaidCents()).isEqualTo(billed.get(0).getTotalCents());
    assertThat(paid.claim().getPayerClaimNumber()).isEqualTo("PCN-PAID");
    assertThat(paid.claim().getLines()).extracting(ClaimLine::getStatus).containsOnly(ClaimStatus.PAID);
    assertThat(paid.claim().getLines().get(0).getAllowedCents()).isEqualTo(billed.get(0).getLines().get(0).getChargeCents());
    assertThat(data.visit(billed.get(0).getVisit().getId()).getStatus()).isEqualTo(VisitStatus.PAID);

    Claims.ClaimDetail partly = detail(billed.get(1));
    ClaimLine q1 = partly.claim().getLines().get(0);
    assertThat(partly.claim().getStatus()).isEqualTo(ClaimStatus.PARTIALLY_PAID);
    assertThat(partly.claim().getPatientRespCents()).isEqualTo(2200);
    assertThat(q1.getPaidCents()).isEqualTo(q1.getChargeCents() - 2500);
    assertThat(q1.getPatientRespCents()).isEqualTo(1500);
    assertThat(q1.getStatus()).isEqualTo(ClaimStatus.PARTIALLY_PAID);
    assertThat(partly.adjustmentsOf(q1)).extracting(ClaimAdjustment::getGroupCode, ClaimAdjustment::getReasonCode, ClaimAdjustment::getAmountCents)
        .containsExactly(tuple("CO", "45", 1000L), tuple("PR", "2", 1500L));
    assertThat(data.visit(billed.get(1).getVisit().getId()).getStatus()).isEqualTo(VisitStatus.PARTIALLY_PAID);

    Claims.ClaimDetail denied = detail(billed.get(2));
    assertThat(denied.claim().getStatus()).isEqualTo(ClaimStatus.DENIED);
    assertThat(denied.claim().getLines()).allSatisfy(line -> {
      assertThat(line.getStatus()).isEqualTo(ClaimStatus.DENIED);
      assertThat(line.getPaidCents()).isZero();
      assertThat(line.getRemarks()).containsExactly("N115");
    });
    assertThat(denied.adjustments()).extracting(ClaimAdjustment::getReasonCode).containsOnly("50");
    assertThat(data.visit(billed.get(2).getVisit().getId()).getStatus()).isEqualTo(VisitStatus.DENIED);
    assertThat(denied.history()).extracting(ClaimEvent::getAction).containsExactly("BILLED", "REMITTED");

    // The same file again: recognised by its trace number, nothing posted, nothing changed.
    List<Integer> adjustmentsBefore = new ArrayList<>();
    for (Claim claim : billed) {
      adjustmentsBefore.add(detail(claim).adjustments().size());
    }
    assertThat(adjustmentsBefore).containsExactly(0, 4, 2);
    RemittancePosting.Outcome again = post(x12);
    assertThat(again.duplicate()).isTrue();
    assertThat(again.posted()).isZero();
    for (int i = 0; i < billed.size(); i++) {
      Claims.ClaimDetail now = detail(billed.get(i));
      assertThat(now.history()).hasSize(2);
      assertThat(now.adjustments()).hasSize(adjustmentsBefore.get(i));
    }
    assertThat(data.visit(billed.get(0).getVisit().getId()).getStatus()).isEqualTo(VisitStatus.PAID);
  }

  @Test
  void theDenialQueueSaysWhyInWordsAndAWorkedDenialLeavesIt() throws Exception {
    Long payer = fixture.payer();
    List<Claim> billed = billedClaims(payer, 3);
    String payerName = detail(billed.get(0)).claim().getPayer().getName();

    // Billed today and not answered: all of it in the 0–30 days column of the payer's aging.
    long total = billed.stream().mapToLong(Claim::getTotalCents).sum();
    assertThat(coder1.call(() -> queries.agingByPayer(LocalDate.now(), java.time.ZoneId.systemDefault())))
        .filteredOn(a -> a.payerName().equals(payerName))
        .singleElement().satisfies(a -> assertThat(a.bucketsCents()).containsExactly(total, 0L, 0L, 0L));

    post(remittanceFor(billed, trace()));
    assertThat(coder1.call(() -> queries.agingByPayer(LocalDate.now(), java.time.ZoneId.systemDefault())))
        .noneMatch(a -> a.payerName().equals(payerName));
    String deniedPcn = billed.get(2).getPatientControlNumber();
    List<BillingQueries.Denial> mine = coder1.call(() -> queries.denials(0, (int) queries.denialCount())).stream()
        .filter(d -> d.patientControlNumber().equals(deniedPcn)).toList();
    assertThat(mine).hasSize(billed.get(2).getLines().size());
    BillingQueries.Denial first = mine.get(0);
    assertThat(first.reasons()).containsExactly(
        com.quarterhour.rules.Money.usd(first.chargeCents())
            + " CO-50: Non-covered service: not deemed a medical necessity by the payer (contractual obligation)",
        AdjustmentCodes.remark("N115"));
    assertThat(AdjustmentCodes.remark("N115")).doesNotContain("not in Quarterhour's table");

    assertThatThrownBy(() -> coder1.call(() -> { queries.workDenial(first.lineId(), null, "x"); return null; }))
        .isInstanceOf(BillingException.class).hasMessageStartingWith("Resolution:");
    assertThatThrownBy(() -> coder1.call(() -> { queries.workDenial(first.lineId(), DenialResolution.APPEALED, "  "); return null; }))
        .isInstanceOf(BillingException.class).hasMessageStartingWith("Note:");
    coder1.call(() -> { queries.workDenial(first.lineId(), DenialResolution.APPEALED, "Notes sent with the appeal"); return null; });
    assertThat(coder1.call(() -> queries.denials(0, (int) queries.denialCount())))
        .extracting(BillingQueries.Denial::lineId).doesNotContain(first.lineId()).contains(mine.get(1).lineId());
    assertThatThrownBy(() -> coder2.call(() -> { queries.workDenial(first.lineId(), DenialResolution.WRITTEN_OFF, "again"); return null; }))
        .isInstanceOf(BillingException.class).hasMessageContaining("not an open denial");
    Claims.ClaimDetail after = detail(billed.get(2));
    assertThat(after.history()).extracting(ClaimEvent::getAction).containsExactly("BILLED", "REMITTED", "DENIAL_WORKED");
    assertThat(after.history().get(2).getDetail()).contains("Appealed to the payer", "Notes sent with the appeal");
  }

  @Test
  void claimsAndLinesThatMatchNothingAreListedAndKeptWhileTheRestPosts() throws Exception {
    Long payer = fixture.payer();
    Claim claim = billedClaims(payer, 1).get(0);
    ClaimLine line = claim.getLines().get(0);
    String x12 = new Test835().payment(trace(), "1512345678", "MEDICARE PART B", LocalDate.now())
        .claim(claim.getPatientControlNumber(), "1", claim.getTotalCents(), line.getChargeCents(), 0, "PCN-1")
        .service(line.getCode(), "GP", line.getChargeCents(), line.getChargeCents(), line.getUnits(), line.getLineControlNumber())
        .service("97530", "GP", 5000, 5000, 1, claim.getPatientControlNumber() + "-9")
        .claim("QH999999999-1", "1", 10000, 10000, 0, "PCN-X")
        .service("97110", "GP", 10000, 10000, 2, "QH999999999-1-1")
        .toX12();

    RemittancePosting.Outcome outcome = post(x12);

    assertThat(outcome.claims()).isEqualTo(2);
    assertThat(outcome.posted()).isEqualTo(1);
    assertThat(outcome.unmatched()).isEqualTo(2);
    assertThat(outcome.unmatchedItems()).hasSize(2);
    assertThat(outcome.unmatchedItems().get(0)).contains("claim " + claim.getPatientControlNumber() + ", line "
        + claim.getPatientControlNumber() + "-9").endsWith("no line of claim " + claim.getPatientControlNumber() + " has this line control number.");
    assertThat(outcome.unmatchedItems().get(1)).contains("claim QH999999999-1").endsWith("no claim has this patient control number.");
    Long remittance = outcome.remittanceIds().get(0);
    assertThat(coder1.call(() -> claims.unmatchedCount(remittance))).isEqualTo(2);
    assertThat(coder1.call(() -> claims.unmatchedOf(remittance, 1, 10))).extracting(RemittanceUnmatched::getPatientControlNumber)
        .containsExactly("QH999999999-1");
    List<RemittanceUnmatched> kept = coder1.call(() -> claims.unmatchedOf(remittance, 0, 10));
    assertThat(kept).extracting(RemittanceUnmatched::getPatientControlNumber, RemittanceUnmatched::getPaidCents)
        .containsExactly(tuple(claim.getPatientControlNumber(), 5000L), tuple("QH999999999-1", 10000L));
    assertThat(detail(claim).claim().getLines().get(0).getStatus()).isEqualTo(ClaimStatus.PAID);
  }

  @Test
  void aFileBrokenHalfwayPostsNothingAndNamesTheSegment() throws Exception {
    Long payer = fixture.payer();
    Claim claim = billedClaims(payer, 1).get(0);
    ClaimLine line = claim.getLines().get(0);
    String x12 = new Test835().payment(trace(), "1512345678", "MEDICARE PART B", LocalDate.now())
        .claim(claim.getPatientControlNumber(), "1", claim.getTotalCents(), claim.getTotalCents(), 0, "PCN-1")
        .service(line.getCode(), "GP", line.getChargeCents(), line.getChargeCents(), line.getUnits(), line.getLineControlNumber())
        .claim("QH1-1", "1", 100, 100, 0, "PCN-2")
        .raw("SVC*HC:97110*lots*100**1")
        .toX12();

    assertThatThrownBy(() -> post(x12)).isInstanceOf(BadRemittanceException.class)
        .hasMessageMatching("The 835 was not posted: segment \\d+ \\(SVC\\): SVC02 invalid character data \\('lots'\\)\\.");

    Claims.ClaimDetail untouched = detail(claim);
    assertThat(untouched.claim().getStatus()).isEqualTo(ClaimStatus.BILLED);
    assertThat(untouched.claim().getLines()).extracting(ClaimLine::getPaidCents).containsOnlyNulls();
    assertThat(untouched.history()).hasSize(1);
    assertThat(data.visit(claim.getVisit().getId()).getStatus()).isEqualTo(VisitStatus.BILLED);
  }

  @Test
  void theSameFileUploadedTwiceAtOnceIsPostedOnce() throws Exception {
    Long payer = fixture.payer();
    List<Claim> billed = billedClaims(payer, 3);
    String x12 = remittanceFor(billed, trace());

    List<Race.Outcome<RemittancePosting.Outcome>> outcomes = Race.run(List.of(
        () -> coder1.call(() -> posting.post(new ByteArrayInputStream(x12.getBytes(StandardCharsets.US_ASCII)))),
        () -> coder2.call(() -> posting.post(new ByteArrayInputStream(x12.getBytes(StandardCharsets.US_ASCII))))));

    assertThat(outcomes).allMatch(Race.Outcome::won);
    assertThat(outcomes).extracting(o -> o.result().duplicate()).containsExactlyInAnyOrder(true, false);
    assertThat(detail(billed.get(1)).history()).hasSize(2);
  }

  @Test
  void theApiPostsAn835AndAnswersBadFilesWith400() throws Exception {
    Long payer = fixture.payer();
    List<Claim> billed = billedClaims(payer, 3);
    String token = ServiceAccount.token();
    String x12 = remittanceFor(billed, trace());

    HttpResponse<String> first = postOverHttp(x12, token);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(first.body()).contains("\"claims\":3", "\"posted\":3", "\"unmatched\":0", "\"duplicate\":false");
    HttpResponse<String> second = postOverHttp(x12, token);
    assertThat(second.body()).contains("\"duplicate\":true", "\"posted\":0");

    HttpResponse<String> bad = postOverHttp("ISA*garbage", token);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(bad.body()).contains("The 835 was not posted").doesNotContain("Exception");
    assertThat(postOverHttp(x12, null).statusCode()).isEqualTo(401);
  }

  private static HttpResponse<String> postOverHttp(String x12, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ServiceAccount.PORTAL + "/api/v1/remittances"))
        .header("Content-Type", "application/edi-x12")
        .POST(HttpRequest.BodyPublishers.ofString(x12));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
