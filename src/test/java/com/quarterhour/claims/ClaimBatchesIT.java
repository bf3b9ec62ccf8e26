package com.quarterhour.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.reference.Relationship;
import com.quarterhour.testsupport.Race;
import com.quarterhour.testsupport.ServiceAccount;
import com.quarterhour.testsupport.ServiceDeployment;
import com.quarterhour.testsupport.runas.AsAdmin1;
import com.quarterhour.testsupport.runas.AsCoder1;
import com.quarterhour.testsupport.runas.AsCoder2;
import com.quarterhour.testsupport.runas.AsTherapist1;
import com.quarterhour.testsupport.runas.TestData;
import com.quarterhour.visit.VisitStatus;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A payer's batch bills every visit ready for it exactly once, as an 837P its schema accepts; a visit that cannot go out is named. */
@ExtendWith(ArquillianExtension.class)
class ClaimBatchesIT {

  @Deployment
  static WebArchive deployment() {
    return ServiceDeployment.war("claim-batches-it.war").addClasses(ClaimBatchesIT.class);
  }

  @Inject BillingFixture fixture;
  @Inject ClaimBatches batches;
  @Inject ClinicBilling billing;
  @Inject TestData data;
  @Inject AsAdmin1 admin;
  @Inject AsCoder1 coder1;
  @Inject AsCoder2 coder2;
  @Inject AsTherapist1 therapist;

  private static List<String> segments(String x12) {
    return Arrays.stream(x12.split("~")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  @Test
  void aBatchBillsEveryVisitReadyForThePayerOnceAndTheFileAddsUp() throws Exception {
    Long payer = fixture.payer();
    Long ada = fixture.patient(payer, true, Relationship.SELF);
    Long child = fixture.patient(payer, true, Relationship.CHILD);
    Long first = fixture.readyVisit(ada, payer, 2);
    Long second = fixture.readyVisit(child, payer, 1);

    ClaimBatches.Outcome outcome = coder1.call(() -> batches.create(payer));

    assertThat(outcome.claims()).isEqualTo(2);
    assertThat(outcome.leftOut()).isEmpty();
    assertThat(data.visit(first).getStatus()).isEqualTo(VisitStatus.BILLED);
    assertThat(data.visit(second).getStatus()).isEqualTo(VisitStatus.BILLED);
    List<Claim> claims = coder1.call(() -> batches.claimsOf(outcome.batchId()));
    assertThat(claims).extracting(Claim::getPatientControlNumber).containsExactly("QH" + first + "-1", "QH" + second + "-1");
    // 33 + 10 timed minutes under CMS: 97110 2 units, 97140 1; charges from the charge master.
    assertThat(claims.get(0).getLines()).extracting(ClaimLine::getCode, ClaimLine::getUnits)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("97110", 2), org.assertj.core.groups.Tuple.tuple("97140", 1));
    assertThat(outcome.totalCents()).isEqualTo(claims.stream().mapToLong(Claim::getTotalCents).sum()).isPositive();

    String x12 = coder1.call(() -> batches.x12(outcome.batchId()));
    List<String> s = segments(x12);
    assertThat(s.get(1)).contains("*" + outcome.batchId() + "*X*005010X222A1");
    assertThat(s).filteredOn(seg -> seg.startsWith("CLM*")).extracting(seg -> seg.split("\\*")[1])
        .containsExactly("QH" + first + "-1", "QH" + second + "-1");
    assertThat(s).contains("HI*ABK:M5450*ABF:M6281", "PAT*19", "NM1*PR*2*" + data.visit(first).getPayer().getName().toUpperCase() + "*****PI*02402",
        "NM1*82*1*ORTIZ*DANA****XX*1234567893", "REF*6R*QH" + first + "-1-1");
    // Each line's control number is in the file once.
    assertThat(s).filteredOn(seg -> seg.startsWith("REF*6R*")).doesNotHaveDuplicates().hasSize(4);

    assertThatThrownBy(() -> coder1.call(() -> batches.create(payer))).isInstanceOf(NothingToBillException.class)
        .hasMessageContaining("Nothing is ready to bill");
  }

  @Test
  void aVisitThatCannotGoOutIsNamedAndStaysReadyWhileTheOthersAreBilled() throws Exception {
    Long payer = fixture.payer();
    Long insured = fixture.patient(payer, true, Relationship.SELF);
    Long uninsured = fixture.patient(payer, false, Relationship.SELF);
    Long good = fixture.readyVisit(insured, payer, 1);
    Long stuck = fixture.readyVisit(uninsured, payer, 1);

    ClaimBatches.Outcome outcome = coder1.call(() -> batches.create(payer));

    assertThat(outcome.claims()).isEqualTo(1);
    assertThat(outcome.leftOut()).singleElement().asString()
        .startsWith("Visit " + stuck + " (Quill, Ada, ").endsWith("the patient has no policy with " + data.visit(stuck).getPayer().getName()
            + " on that date.");
    assertThat(data.visit(good).getStatus()).isEqualTo(VisitStatus.BILLED);
    assertThat(data.visit(stuck).getStatus()).isEqualTo(VisitStatus.READY_TO_BILL);

    // Only the stuck visit is left: nothing can go out, the refusal says why and nothing is kept.
    assertThatThrownBy(() -> coder1.call(() -> batches.create(payer))).isInstanceOf(BillingException.class)
        .hasMessageContaining("None of the 1 visit(s)").hasMessageContaining("no policy");
    assertThat(data.visit(stuck).getStatus()).isEqualTo(VisitStatus.READY_TO_BILL);
  }

  @Test
  void twoCodersCreatingBatchesAtOnceBillEachVisitExactlyOnce() throws Exception {
    Long payer = fixture.payer();
    Long patient = fixture.patient(payer, true, Relationship.SELF);
    List<Long> ready = new ArrayList<>();
    for (int day = 1; day <= 3; day++) {
      ready.add(fixture.readyVisit(patient, payer, day));
    }

    List<Race.Outcome<ClaimBatches.Outcome>> outcomes = Race.run(List.of(
        () -> coder1.call(() -> batches.create(payer)),
        () -> coder2.call(() -> batches.create(payer))));

    assertThat(outcomes).filteredOn(Race.Outcome::won).singleElement()
        .satisfies(o -> assertThat(o.result().claims()).isEqualTo(3));
    assertThat(outcomes).filteredOn(o -> !o.won()).singleElement()
        .satisfies(o -> assertThat(o.refusal()).isInstanceOf(NothingToBillException.class));
    for (Long visit : ready) {
      assertThat(data.claimCountOf(visit)).as("claims of visit %d", visit).isEqualTo(1);
    }
  }

  @Test
  void billingDetailsAreCheckedFieldByFieldAndOnlyCodersAndAdminsBill() throws Exception {
    assertThatThrownBy(() -> admin.call(() -> {
      billing.save(new BillingDetails("", "1234567890", "12-34", "400 SW Main St", "Portland", "XX", "97204", "2251", "Q",
          "Billing Office", "555", "1"));
      return null;
    })).isInstanceOf(BillingException.class)
        .hasMessage("Clinic name: required. NPI: 1234567890 fails the NPI check digit; check for a typo. "
            + "EIN: the employer identification number is 9 digits (12-3456789). State: XX is not a US state or territory code. "
            + "ZIP: a billing provider's ZIP is 9 digits (ZIP+4, e.g. 97204-1234). "
            + "Taxonomy: 10 characters ending in X, e.g. 225100000X for physical therapy. "
            + "Submitter ID: 2 to 15 letters or digits, as the clearinghouse assigned it. Phone: 10 digits. "
            + "Place of service: a 2-digit code (11 office, 22 outpatient hospital, 12 home).");
    Long payer = fixture.payer();
    assertThatThrownBy(() -> admin.call(() -> { billing.billPayerBy(payer, "02 402!", false); return null; }))
        .isInstanceOf(BillingException.class).hasMessageStartingWith("Payer ID:");
    assertThatThrownBy(() -> therapist.call(() -> batches.create(payer))).satisfies(e -> {
      List<String> names = new ArrayList<>();
      for (Throwable t = e; t != null; t = t.getCause()) {
        names.add(t.getClass().getName());
      }
      assertThat(names).contains(EJBAccessException.class.getName());
    });
  }

  private static HttpResponse<String> api(String method, String path, String json, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ServiceAccount.PORTAL + "/api" + path))
        .header("Accept", "application/json, application/edi-x12, application/problem+json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anIntegrationClientFindsThePayerCreatesABatchAndFetchesIts837P() throws Exception {
    Long payer = fixture.payer();
    Long visit = fixture.readyVisit(fixture.patient(payer, true, Relationship.SELF), payer, 1);
    String token = ServiceAccount.token();

    HttpResponse<String> payers = api("GET", "/v1/payers", null, token);
    assertThat(payers.statusCode()).isEqualTo(200);
    assertThat(payers.body()).contains("{\"id\":" + payer + ",\"medicare\":true,\"name\":\"" + data.visit(visit).getPayer().getName()
        + "\",\"paperClaims\":false,\"payerCode\":\"02402\",\"readyToBill\":1}");

    HttpResponse<String> created = api("POST", "/v1/claim-batches", "{\"payer\": " + payer + "}", token);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Long batch = Long.valueOf(created.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
    assertThat(created.body()).contains("\"claims\":1");
    assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/claim-batches/" + batch + "/x12"));
    assertThat(data.visit(visit).getStatus()).isEqualTo(VisitStatus.BILLED);

    HttpResponse<String> file = api("GET", "/v1/claim-batches/" + batch + "/x12", null, token);
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/edi-x12"));
    assertThat(file.body()).startsWith("ISA*").contains("CLM*QH" + visit + "-1*").isEqualTo(coder1.call(() -> batches.x12(batch)));

    // The same batch on paper: one CMS-1500 page for its one claim, the claim's numbers in it.
    HttpResponse<byte[]> paper = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(ServiceAccount.PORTAL + "/api/v1/claim-batches/" + batch + "/cms1500"))
            .header("Authorization", "Bearer " + token).header("Accept", "application/pdf, application/problem+json").GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(paper.statusCode()).isEqualTo(200);
    assertThat(paper.headers().firstValue("Content-Type")).hasValue("application/pdf");
    try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(paper.body())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("HEALTH INSURANCE CLAIM FORM", "QH" + visit + "-1",
          data.visit(visit).getPayer().getName().toUpperCase(java.util.Locale.ROOT));
    }

    HttpResponse<String> again = api("POST", "/v1/claim-batches", "{\"payer\": " + payer + "}", token);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("Nothing is ready to bill");
  }

  @Test
  void theApiNamesAMissingOrUnknownPayerAndAnUnknownBatchAndWantsAToken() throws Exception {
    String token = ServiceAccount.token();

    HttpResponse<String> missing = api("POST", "/v1/claim-batches", "{}", token);
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("\"field\":\"payer\"");
    HttpResponse<String> unknown = api("POST", "/v1/claim-batches", "{\"payer\": 987654321}", token);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("There is no payer 987654321.");
    HttpResponse<String> noBatch = api("GET", "/v1/claim-batches/987654321/x12", null, token);
    assertThat(noBatch.statusCode()).isEqualTo(404);
    assertThat(noBatch.body()).contains("There is no claim batch 987654321.");
    assertThat(api("GET", "/v1/claim-batches/987654321/cms1500", null, token).statusCode()).isEqualTo(404);
    assertThat(api("GET", "/v1/payers", null, null).statusCode()).isEqualTo(401);
  }
}
