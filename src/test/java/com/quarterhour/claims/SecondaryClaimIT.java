package com.quarterhour.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.reference.NewPolicy;
import com.quarterhour.reference.PatientRegistry;
import com.quarterhour.reference.Relationship;
import com.quarterhour.rules.UnitMethod;
import com.quarterhour.testsupport.ServiceDeployment;
import com.quarterhour.testsupport.runas.AsAdmin1;
import com.quarterhour.testsupport.runas.AsCoder1;
import com.quarterhour.testsupport.runas.TestData;
import com.quarterhour.visit.VisitStatus;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The primary is billed first; once its 835 is posted the balance goes to the patient's secondary
 * insurance in that payer's next batch, with the primary's payment and adjustments (2320/2430),
 * exactly once; the secondary's payment then completes the visit.
 */
@ExtendWith(ArquillianExtension.class)
class SecondaryClaimIT {

  @Deployment
  static WebArchive deployment() {
    return ServiceDeployment.war("secondary-claim-it.war").addClasses(SecondaryClaimIT.class);
  }

  @Inject BillingFixture fixture;
  @Inject ClaimBatches batches;
  @Inject RemittancePosting posting;
  @Inject ClinicBilling billing;
  @Inject PatientRegistry registry;
  @Inject TestData data;
  @Inject AsAdmin1 admin;
  @Inject AsCoder1 coder;

  private RemittancePosting.Outcome post(Test835 file) throws Exception {
    return coder.call(() -> posting.post(new ByteArrayInputStream(file.toX12().getBytes(StandardCharsets.US_ASCII))));
  }

  private long readyFor(Long payer) throws Exception {
    return coder.call(() -> batches.payers()).stream().filter(p -> p.id().equals(payer)).findFirst().orElseThrow().readyToBill();
  }

  @Test
  void theBalanceGoesToTheSecondaryOnceThePrimaryHasAnsweredWithWhatThePrimaryPaid() throws Exception {
    Long medicare = fixture.payer();
    Long medigap = data.newPayer(UnitMethod.PER_CODE, false).getId();
    admin.call(() -> { billing.billPayerBy(medigap, "36273", false); return null; });
    Long patient = fixture.patient(medicare, true, Relationship.SELF);
    admin.call(() -> registry.addPolicy(new NewPolicy(patient, medigap, 2, "MG5566778", "AARP-F", Relationship.SELF, null, null, null,
        LocalDate.now().withDayOfYear(1), null)));
    Long visit = fixture.readyVisit(patient, medicare, 1);

    // Nothing goes to the secondary before the primary is billed and has answered.
    assertThat(readyFor(medigap)).isZero();
    assertThatThrownBy(() -> coder.call(() -> batches.create(medigap))).isInstanceOf(NothingToBillException.class);
    Claim primary = coder.call(() -> batches.claimsOf(batches.create(medicare).batchId())).get(0);
    assertThat(primary.getPayerSequence()).isEqualTo('P');
    assertThat(readyFor(medigap)).isZero();

    // Medicare pays each line less 20% coinsurance (PR-2), the patient's part the Medigap plan covers.
    Test835 answer = new Test835().payment("EFT" + System.nanoTime(), "1512345678", "MEDICARE PART B", LocalDate.now())
        .claim(primary.getPatientControlNumber(), "1", primary.getTotalCents(), primary.getTotalCents() * 4 / 5,
            primary.getTotalCents() - primary.getTotalCents() * 4 / 5, "ICN-PRIMARY");
    long coinsurance = 0;
    for (ClaimLine line : primary.getLines()) {
      long patientPart = line.getChargeCents() / 5;
      coinsurance += patientPart;
      answer.service(line.getCode(), String.join(" ", line.getModifiers()), line.getChargeCents(), line.getChargeCents() - patientPart,
          line.getUnits(), line.getLineControlNumber()).adjust("PR", "2", patientPart);
    }
    assertThat(coinsurance).isEqualTo(primary.getTotalCents() - primary.getTotalCents() * 4 / 5);
    post(answer);
    assertThat(data.visit(visit).getStatus()).isEqualTo(VisitStatus.PARTIALLY_PAID);
    assertThat(readyFor(medigap)).isEqualTo(1);

    ClaimBatches.Outcome secondBatch = coder.call(() -> batches.create(medigap));
    assertThat(secondBatch.claims()).isEqualTo(1);
    Claim secondary = coder.call(() -> batches.claimsOf(secondBatch.batchId())).get(0);
    assertThat(secondary.getPayerSequence()).isEqualTo('S');
    assertThat(secondary.getVisit().getId()).isEqualTo(visit);
    assertThat(secondary.getTotalCents()).isEqualTo(primary.getTotalCents());
    assertThat(data.visit(visit).getStatus()).isEqualTo(VisitStatus.PARTIALLY_PAID);

    // The file: this claim's subscriber is the Medigap member (S), the primary's payment and adjustments in 2320/2430.
    String x12 = coder.call(() -> batches.x12(secondBatch.batchId()));
    ClaimFile.Claim sent = X12ClaimReader.read(x12).claims().get(0);
    assertThat(sent.subscriber().payerResponsibility()).isEqualTo('S');
    assertThat(sent.subscriber().memberId()).isEqualTo("MG5566778");
    assertThat(sent.primary().payerId()).isEqualTo("02402");
    assertThat(sent.primary().subscriber().payerResponsibility()).isEqualTo('P');
    assertThat(sent.primary().paidCents()).isEqualTo(primary.getTotalCents() - coinsurance);
    assertThat(sent.primary().adjudicated()).isEqualTo(LocalDate.now());
    for (int i = 0; i < primary.getLines().size(); i++) {
      ClaimLine line = primary.getLines().get(i);
      ClaimFile.LineAdjudication adjudication = sent.primary().lines().get(i);
      assertThat(adjudication.code()).isEqualTo(sent.lines().get(i).code()).isEqualTo(line.getCode());
      assertThat(adjudication.paidCents()).isEqualTo(line.getChargeCents() - line.getChargeCents() / 5);
      assertThat(adjudication.adjustments()).containsExactly(new ClaimFile.Adjustment("PR", "2", line.getChargeCents() / 5));
    }
    assertThat(x12).contains("SBR*S*18*AARP-F", "AMT*D*", "OI***Y***Y", "SVD*02402*", "DTP*573*D8*");

    // Each visit goes to the secondary once.
    assertThat(readyFor(medigap)).isZero();
    assertThatThrownBy(() -> coder.call(() -> batches.create(medigap))).isInstanceOf(NothingToBillException.class);

    // The Medigap plan pays the coinsurance: with what Medicare paid, the whole charge is paid.
    Test835 supplement = new Test835().payment("EFT" + System.nanoTime(), "1363273000", "AARP MEDICARE SUPPLEMENT", LocalDate.now())
        .claim(secondary.getPatientControlNumber(), "2", secondary.getTotalCents(), coinsurance, 0, "ICN-SECONDARY");
    for (ClaimLine line : secondary.getLines()) {
      supplement.service(line.getCode(), String.join(" ", line.getModifiers()), line.getChargeCents(), line.getChargeCents() / 5,
          line.getUnits(), line.getLineControlNumber()).adjust("OA", "23", line.getChargeCents() - line.getChargeCents() / 5);
    }
    assertThat(post(supplement).posted()).isEqualTo(1);
    assertThat(data.visit(visit).getStatus()).isEqualTo(VisitStatus.PAID);
  }
}
