package com.quarterhour.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Builds a payer's 835 the way clearinghouses send them, for tests: one transaction per payment. */
public final class Test835 {

  private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

  private final List<String> transactions = new ArrayList<>();
  private List<String> segments;
  private long paymentCents;
  private int bprIndex;

  /** Starts a payment (ST…SE): its trace number and the payer's identifier (TRN03). */
  public Test835 payment(String trace, String payerIdentifier, String payerName, LocalDate paid) {
    close();
    segments = new ArrayList<>();
    paymentCents = 0;
    segments.add("ST*835*" + String.format("%04d", transactions.size() + 1) + "*005010X221A1");
    bprIndex = segments.size();
    segments.add("BPR*I*{amount}*C*CHK" + "*".repeat(12) + CCYYMMDD.format(paid));
    segments.add("TRN*1*" + trace + "*" + payerIdentifier);
    segments.add("DTM*405*" + CCYYMMDD.format(paid));
    segments.add("N1*PR*" + payerName);
    segments.add("N3*PO BOX 100");
    segments.add("N4*BALTIMORE*MD*21244");
    segments.add("PER*BL*PROVIDER SERVICES*TE*8005551234");
    segments.add("N1*PE*QUARTERHOUR DEMO THERAPY*XX*1497758544");
    segments.add("LX*1");
    return this;
  }

  /** A claim payment (CLP): status 1 processed as primary, 4 denied. */
  public Test835 claim(String pcn, String status, long chargeCents, long paidCents, long patientCents, String payerClaimNumber) {
    paymentCents += paidCents;
    segments.add("CLP*" + pcn + "*" + status + "*" + amount(chargeCents) + "*" + amount(paidCents) + "*"
        + (patientCents == 0 ? "" : amount(patientCents)) + "*MB*" + payerClaimNumber + "*11*1");
    segments.add("NM1*QC*1*QUILL*ADA****MI*1EG4TE5MK72");
    segments.add("DTM*232*20261130");
    return this;
  }

  /** A service payment (SVC) with its line control number; adjustments and remarks follow. */
  public Test835 service(String code, String modifiers, long chargeCents, long paidCents, int units, String lineControlNumber) {
    segments.add("SVC*HC:" + code + (modifiers.isEmpty() ? "" : ":" + modifiers.replace(' ', ':')) + "*" + amount(chargeCents) + "*"
        + amount(paidCents) + "**" + units);
    segments.add("DTM*472*20261130");
    if (lineControlNumber != null) {
      segments.add("REF*6R*" + lineControlNumber);
    }
    return this;
  }

  /** A CAS adjustment on the service line written last, or on the claim when it has no line yet. */
  public Test835 adjust(String group, String reason, long cents) {
    int clp = lastIndexOf("CLP*");
    int svc = lastIndexOf("SVC*");
    // The guide's order: a claim's CAS right after its CLP; a line's after its SVC and DTM, before REF and AMT.
    int at = svc > clp ? svc + 1 : clp + 1;
    while (at < segments.size() && (segments.get(at).startsWith("CAS*") || (svc > clp && segments.get(at).startsWith("DTM*")))) {
      at++;
    }
    segments.add(at, "CAS*" + group + "*" + reason + "*" + amount(cents));
    return this;
  }

  private int lastIndexOf(String prefix) {
    for (int i = segments.size() - 1; i >= 0; i--) {
      if (segments.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }

  public Test835 allowed(long cents) {
    segments.add("AMT*B6*" + amount(cents));
    return this;
  }

  public Test835 remark(String code) {
    segments.add("LQ*HE*" + code);
    return this;
  }

  /** Adds a raw segment as written (to break a file on purpose). */
  public Test835 raw(String segment) {
    segments.add(segment);
    return this;
  }

  public String toX12() {
    close();
    StringBuilder x12 = new StringBuilder();
    x12.append("ISA*00*          *00*          *ZZ*PAYERSENDER    *ZZ*QHDEMO01       *261210*1200*^*00501*000000931*0*T*:~\n");
    x12.append("GS*HP*PAYERSENDER*QHDEMO01*20261210*1200*931*X*005010X221A1~\n");
    transactions.forEach(x12::append);
    x12.append("GE*").append(transactions.size()).append("*931~\n");
    x12.append("IEA*1*000000931~\n");
    return x12.toString();
  }

  private void close() {
    if (segments == null) {
      return;
    }
    segments.set(bprIndex, segments.get(bprIndex).replace("{amount}", amount(paymentCents)));
    segments.add("SE*" + (segments.size() + 1) + "*" + String.format("%04d", transactions.size() + 1));
    StringBuilder t = new StringBuilder();
    segments.forEach(s -> t.append(s).append("~\n"));
    transactions.add(t.toString());
    segments = null;
  }

  private static String amount(long cents) {
    return BigDecimal.valueOf(cents, 2).stripTrailingZeros().toPlainString();
  }
}
