package com.quarterhour.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class X12RemittanceReaderTest {

  private final X12RemittanceReader reader = new X12RemittanceReader();

  /** Collects what the reader hands over; skips the payments named as posted before. */
  private static final class Collected implements Remittance835.Handler {
    final List<Remittance835.Payment> payments = new ArrayList<>();
    final List<Remittance835.ClaimPayment> claims = new ArrayList<>();
    final List<String> postedBefore;

    Collected(String... postedBefore) {
      this.postedBefore = List.of(postedBefore);
    }

    @Override
    public boolean payment(Remittance835.Payment payment) {
      payments.add(payment);
      return !postedBefore.contains(payment.traceNumber());
    }

    @Override
    public void claim(Remittance835.ClaimPayment claim) {
      claims.add(claim);
    }
  }

  private Collected read(String x12, String... postedBefore) {
    Collected collected = new Collected(postedBefore);
    reader.read(new ByteArrayInputStream(x12.getBytes(StandardCharsets.US_ASCII)), collected);
    return collected;
  }

  private static Test835 threeClaims() {
    return new Test835().payment("EFT0001", "1512345678", "MEDICARE PART B", LocalDate.of(2026, 12, 10))
        .claim("QH1-1", "1", 14000, 14000, 0, "2226100000001")
        .service("97110", "GP", 9600, 9600, 2, "QH1-1-1").allowed(9600)
        .service("97140", "GP 59", 4400, 4400, 1, "QH1-1-2")
        .claim("QH2-1", "1", 14000, 10400, 2600, "2226100000002")
        .service("97110", "GP", 9600, 7200, 2, "QH2-1-1").adjust("CO", "45", 600).adjust("PR", "2", 1800).remark("N130")
        .service("97140", "GP", 4400, 3200, 1, "QH2-1-2").adjust("CO", "45", 400).adjust("PR", "2", 800)
        .claim("QH3-1", "4", 9600, 0, 0, "2226100000003")
        .service("97110", "GP", 9600, 0, 2, "QH3-1-1").adjust("CO", "50", 9600).remark("M127").remark("N115");
  }

  @Test
  void readsPaymentClaimsLinesAdjustmentsAndRemarks() {
    Collected c = read(threeClaims().toX12());

    assertThat(c.payments).containsExactly(
        new Remittance835.Payment("EFT0001", "1512345678", "MEDICARE PART B", 24400, LocalDate.of(2026, 12, 10)));
    assertThat(c.claims).extracting(Remittance835.ClaimPayment::patientControlNumber).containsExactly("QH1-1", "QH2-1", "QH3-1");

    Remittance835.ClaimPayment paid = c.claims.get(0);
    assertThat(paid.paidCents()).isEqualTo(14000);
    assertThat(paid.payerClaimNumber()).isEqualTo("2226100000001");
    assertThat(paid.services()).extracting(Remittance835.ServicePayment::lineControlNumber).containsExactly("QH1-1-1", "QH1-1-2");
    assertThat(paid.services().get(0).allowedCents()).isEqualTo(9600);
    assertThat(paid.services().get(1).modifiers()).containsExactly("GP", "59");

    Remittance835.ClaimPayment partly = c.claims.get(1);
    assertThat(partly.patientResponsibilityCents()).isEqualTo(2600);
    Remittance835.ServicePayment line = partly.services().get(0);
    assertThat(line.adjustments()).containsExactly(new Remittance835.Adjustment("CO", "45", 600), new Remittance835.Adjustment("PR", "2", 1800));
    assertThat(line.adjusted("PR")).isEqualTo(1800);
    assertThat(line.remarks()).containsExactly("N130");

    Remittance835.ClaimPayment denied = c.claims.get(2);
    assertThat(denied.denied()).isTrue();
    assertThat(denied.services().get(0).remarks()).containsExactly("M127", "N115");
  }

  @Test
  void aClaimLevelAdjustmentStaysWithTheClaimAndAPaymentPostedBeforeIsSkippedWhole() {
    String x12 = threeClaims()
        .payment("CHK0002", "1512345678", "MEDICARE PART B", LocalDate.of(2026, 12, 11))
        .claim("QH4-1", "1", 5000, 4000, 0, "2226100000004").adjust("OA", "23", 1000)
        .service("97035", "GP", 5000, 4000, 1, "QH4-1-1")
        .toX12();

    Collected c = read(x12, "EFT0001");

    assertThat(c.payments).extracting(Remittance835.Payment::traceNumber).containsExactly("EFT0001", "CHK0002");
    assertThat(c.claims).singleElement().satisfies(claim -> {
      assertThat(claim.patientControlNumber()).isEqualTo("QH4-1");
      assertThat(claim.adjustments()).containsExactly(new Remittance835.Adjustment("OA", "23", 1000));
      assertThat(claim.services().get(0).adjustments()).isEmpty();
    });
  }

  @Test
  void aSegmentTheGuideRefusesIsNamedByPosition() {
    String missingPaid = threeClaims().raw("CLP*QH9-1*1").toX12();

    assertThatThrownBy(() -> read(missingPaid)).isInstanceOf(RemittanceFileException.class)
        .hasMessageContaining("(CLP)").hasMessageContaining("CLP03").hasMessageContaining("required");

    String badAmount = new Test835().payment("EFT9", "1512345678", "MEDICARE PART B", LocalDate.of(2026, 12, 10))
        .claim("QH1-1", "1", 14000, 14000, 0, "X").raw("SVC*HC:97110*ninety*96**2").toX12();
    assertThatThrownBy(() -> read(badAmount)).isInstanceOf(RemittanceFileException.class)
        .hasMessageMatching("segment \\d+ \\(SVC\\): SVC02 .*");
  }

  @Test
  void anythingButAnInterchangeOf835sIsRefusedInWords() {
    assertThatThrownBy(() -> read("this is not an 835")).isInstanceOf(RemittanceFileException.class)
        .hasMessageContaining("not a readable X12 interchange");
    String claimFile = threeClaims().toX12().replace("ST*835*0001*005010X221A1", "ST*837*0001*005010X222A1");
    assertThatThrownBy(() -> read(claimFile)).isInstanceOf(RemittanceFileException.class)
        .hasMessageContaining("this is a 837 transaction, not an 835 remittance advice");
    assertThatThrownBy(() -> read("")).isInstanceOf(RemittanceFileException.class);
  }
}
