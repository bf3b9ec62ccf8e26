package com.quarterhour.claims;

import java.time.LocalDate;
import java.util.List;

/**
 * What a payer's 835 says, as posting reads it: per transaction the payment and its trace number,
 * per claim (CLP) the amounts and the payer's claim number, per service line (SVC) what was paid,
 * how the rest was adjusted (CAS) and the remark codes. Amounts are in cents.
 */
public final class Remittance835 {

  private Remittance835() {}

  /** BPR, TRN and the payer's N1: one per ST…SE transaction (one check or EFT). */
  public record Payment(String traceNumber, String payerIdentifier, String payerName, long paymentCents, LocalDate paymentDate) {}

  /** One CAS adjustment: group (CO, PR, OA, PI), reason code (CARC) and amount. */
  public record Adjustment(String group, String reason, long amountCents) {}

  /** One SVC with its adjustments; the line control number is REF*6R as the claim sent it. */
  public record ServicePayment(int segment, String code, List<String> modifiers, long chargeCents, long paidCents,
      String lineControlNumber, Long allowedCents, List<Adjustment> adjustments, List<String> remarks) {

    public long adjusted(String group) {
      return adjustments.stream().filter(a -> a.group().equals(group)).mapToLong(Adjustment::amountCents).sum();
    }
  }

  /**
   * One CLP. Status codes: 1 processed as primary, 2 as secondary, 3 as tertiary, 4 denied,
   * 19–21 processed and forwarded, 22 reversal of a previous payment, 23 not our claim.
   */
  public record ClaimPayment(int segment, String patientControlNumber, String statusCode, long chargeCents, long paidCents,
      long patientResponsibilityCents, String payerClaimNumber, List<Adjustment> adjustments, List<String> remarks,
      List<ServicePayment> services) {

    public boolean denied() {
      return "4".equals(statusCode);
    }
  }

  /** Remark codes as a claim or line keeps them: space-separated, whole codes up to the column's 300 characters. */
  static String remarkColumn(List<String> codes) {
    StringBuilder kept = new StringBuilder();
    for (String code : codes) {
      if (kept.length() + code.length() + 1 > 300) {
        break;
      }
      kept.append(kept.isEmpty() ? "" : " ").append(code);
    }
    return kept.isEmpty() ? null : kept.toString();
  }

  /** Receives a file's contents as they are read, so a large file never sits in memory whole. */
  public interface Handler {
    /** A transaction starts: its payment. Returns false to skip its claims (a trace number posted before). */
    boolean payment(Payment payment);

    void claim(ClaimPayment claim);
  }
}
