package com.quarterhour.claims;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Claim files for the writer's, reader's and paper form's tests. */
final class SampleClaimFiles {

  private SampleClaimFiles() {}

  static final LocalDate DOS = LocalDate.of(2026, 11, 30);
  static final ClaimFile.Address CLINIC = new ClaimFile.Address("400 Sw Main St", null, "Portland", "OR", "972041234");
  static final ClaimFile.Address HOME = new ClaimFile.Address("12 Elm St", "Apt 3", "Portland", "OR", "97205");

  /** Ada is her own subscriber on Medicare; Esi is covered as a child on her father's plan. */
  static ClaimFile file(List<String> adaDiagnoses) {
    ClaimFile.Provider physician = new ClaimFile.Provider("Okafor", "Ngozi", "1003000126");
    ClaimFile.Provider therapist = new ClaimFile.Provider("Lindqvist", "Maja", "1245319599");
    ClaimFile.Claim ada = new ClaimFile.Claim("QH1001", '1', "11", null,
        new ClaimFile.Subscriber('P', "1EG4TE5MK73", null, "MB", "Whitfield", "Ada", LocalDate.of(1948, 3, 2), 'F', HOME),
        null, physician, therapist, adaDiagnoses, List.of(
            new ClaimFile.Line("97110", List.of("GP", "KX"), 9600, 2, List.of(1, 2), DOS, "QH1001-1"),
            new ClaimFile.Line("97140", List.of("GP", "59", "KX"), 4400, 1, List.of(1), DOS, "QH1001-2")));
    ClaimFile.Claim esi = new ClaimFile.Claim("QH1002", '1', "11", null,
        new ClaimFile.Subscriber('P', "W99887766", "GRP-44", "MB", "Mensah", "Kwame", LocalDate.of(1980, 1, 15), 'M', HOME),
        new ClaimFile.Patient("19", "Mensah", "Esi", LocalDate.of(2015, 6, 9), 'F', HOME), physician, therapist,
        List.of("F80.0"), List.of(new ClaimFile.Line("92507", List.of("GN"), 15000, 1, List.of(1), DOS, "QH1002-1")));
    return new ClaimFile(17, 17, LocalDateTime.of(2026, 12, 1, 9, 30), false,
        new ClaimFile.Submitter("Quarterhour Therapy", "QH123456", "Billing Office", "5035550100"),
        new ClaimFile.BillingProvider("Quarterhour Therapy", "1497758544", "931234567", CLINIC, "225100000X"),
        new ClaimFile.PayerParty("Medicare Part B", "00831"), List.of(ada, esi));
  }

  /**
   * One replacement claim (frequency 7, quoting the payer's number) of eight lines and five
   * diagnoses: two pages of the paper form.
   */
  static ClaimFile longReplacement() {
    ClaimFile sample = file(List.of("M54.50"));
    List<ClaimFile.Line> lines = new java.util.ArrayList<>();
    String[] codes = {"97110", "97112", "97116", "97140", "97530", "97535", "97035", "97012"};
    for (int i = 0; i < codes.length; i++) {
      lines.add(new ClaimFile.Line(codes[i], List.of("GP"), 3000L + 100L * i, 1 + i % 3, List.of(1 + i % 5), DOS, "QH2001-" + (i + 1)));
    }
    ClaimFile.Claim claim = new ClaimFile.Claim("QH2001", '7', "11", "MCR-2026-118833",
        sample.claims().get(0).subscriber(), null, sample.claims().get(0).referring(), sample.claims().get(0).rendering(),
        List.of("M54.50", "M62.81", "R26.89", "M25.561", "Z96.651"), lines);
    return new ClaimFile(18, 18, sample.createdAt(), false, sample.submitter(), sample.billingProvider(), sample.payer(), List.of(claim));
  }

  /**
   * Ada's claim sent to her Medigap plan after Medicare paid $100.00 of $140.00: 97110 paid $70.00
   * less CO-45 $10.00 and PR-2 coinsurance $16.00; 97140 paid $30.00 less CO-45 $6.00 and PR-2 $8.00.
   */
  static ClaimFile secondary() {
    ClaimFile sample = file(List.of("M54.50"));
    ClaimFile.Claim ada = sample.claims().get(0);
    ClaimFile.OtherPayer medicare = new ClaimFile.OtherPayer("Medicare Part B", "00831", ada.subscriber(), "18", 10000,
        LocalDate.of(2026, 12, 15), List.of(), List.of(
            new ClaimFile.LineAdjudication("97110", List.of("GP", "KX"), 7000, 2,
                List.of(new ClaimFile.Adjustment("CO", "45", 1000), new ClaimFile.Adjustment("PR", "2", 1600))),
            new ClaimFile.LineAdjudication("97140", List.of("GP", "59", "KX"), 3000, 1,
                List.of(new ClaimFile.Adjustment("CO", "45", 600), new ClaimFile.Adjustment("PR", "2", 800)))));
    ClaimFile.Subscriber medigap = new ClaimFile.Subscriber('S', "MG5566778", "AARP-F", "CI", "Whitfield", "Ada",
        LocalDate.of(1948, 3, 2), 'F', HOME);
    ClaimFile.Claim claim = new ClaimFile.Claim("QH1001-2", '1', "11", null, medigap, null, ada.referring(), ada.rendering(),
        ada.diagnoses(), List.of(
            new ClaimFile.Line("97110", List.of("GP", "KX"), 9600, 2, List.of(1), DOS, "QH1001-2-1"),
            new ClaimFile.Line("97140", List.of("GP", "59", "KX"), 4400, 1, List.of(1), DOS, "QH1001-2-2")), medicare);
    return new ClaimFile(19, 19, sample.createdAt(), false, sample.submitter(), sample.billingProvider(),
        new ClaimFile.PayerParty("AARP Medicare Supplement", "36273"), List.of(claim));
  }
}
