package com.quarterhour.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class X12ClaimWriterTest {

  private final X12ClaimWriter writer = new X12ClaimWriter();

  private static ClaimFile file(List<String> adaDiagnoses) {
    return SampleClaimFiles.file(adaDiagnoses);
  }

  private static List<String> segments(byte[] x12) {
    return Arrays.stream(new String(x12, StandardCharsets.US_ASCII).split("~"))
        .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toList());
  }

  private static List<String> withTag(List<String> segments, String tag) {
    return segments.stream().filter(s -> s.startsWith(tag + "*")).toList();
  }

  /** The file read back against the same implementation schema: every segment or element error. */
  private List<String> schemaErrors(byte[] x12) throws Exception {
    List<String> errors = new ArrayList<>();
    try (EDIStreamReader reader = EDIInputFactory.newFactory().createEDIStreamReader(new ByteArrayInputStream(x12))) {
      while (reader.hasNext()) {
        EDIStreamEvent event = reader.next();
        if (event == EDIStreamEvent.START_TRANSACTION) {
          reader.setTransactionSchema(writer.transactionSchema());
        } else if (event == EDIStreamEvent.SEGMENT_ERROR || event == EDIStreamEvent.ELEMENT_DATA_ERROR
            || event == EDIStreamEvent.ELEMENT_OCCURRENCE_ERROR) {
          errors.add(reader.getErrorType() + " at " + reader.getLocation().getSegmentTag());
        }
      }
    }
    return errors;
  }

  @Test
  void writesAnInterchangeTheSchemaAccepts() throws Exception {
    byte[] x12 = writer.write(file(List.of("M54.50", "M62.81")));

    assertThat(schemaErrors(x12)).isEmpty();

    List<String> s = segments(x12);
    assertThat(s.get(0)).startsWith("ISA*00*          *00*          *ZZ*QH123456       *ZZ*00831          *261201*0930*^*00501*000000017*0*T*:");
    assertThat(s.get(1)).isEqualTo("GS*HC*QH123456*00831*20261201*0930*17*X*005010X222A1");
    int st = s.indexOf("ST*837*0001*005010X222A1");
    String se = s.stream().filter(x -> x.startsWith("SE*")).findFirst().orElseThrow();
    int seIndex = s.indexOf(se);
    assertThat(se).isEqualTo("SE*" + (seIndex - st + 1) + "*0001");
    assertThat(s).endsWith("GE*1*17", "IEA*1*000000017");

    // Billing provider -> subscriber (Ada, no patient level) -> subscriber -> patient (Esi).
    assertThat(withTag(s, "HL")).containsExactly("HL*1**20*1", "HL*2*1*22*0", "HL*3*1*22*1", "HL*4*3*23*0");
    assertThat(s).contains("NM1*85*2*QUARTERHOUR THERAPY*****XX*1497758544", "N4*PORTLAND*OR*972041234", "N3*12 ELM ST*APT 3", "REF*EI*931234567",
        "PRV*BI*PXC*225100000X", "NM1*IL*1*WHITFIELD*ADA****MI*1EG4TE5MK73", "DMG*D8*19480302*F", "SBR*P*18*******MB",
        "PAT*19", "NM1*QC*1*MENSAH*ESI", "NM1*DN*1*OKAFOR*NGOZI****XX*1003000126", "NM1*82*1*LINDQVIST*MAJA****XX*1245319599");

    // Claim totals equal their lines; diagnoses without the dot; each line dated and numbered for the 835.
    assertThat(withTag(s, "CLM")).containsExactly("CLM*QH1001*140***11:B:1*Y*A*Y*Y", "CLM*QH1002*150***11:B:1*Y*A*Y*Y");
    assertThat(withTag(s, "HI")).containsExactly("HI*ABK:M5450*ABF:M6281", "HI*ABK:F800");
    assertThat(withTag(s, "SV1")).containsExactly("SV1*HC:97110:GP:KX*96*UN*2***1:2", "SV1*HC:97140:GP:59:KX*44*UN*1***1",
        "SV1*HC:92507:GN*150*UN*1***1");
    assertThat(withTag(s, "DTP")).containsOnly("DTP*472*D8*20261130");
    assertThat(withTag(s, "REF").stream().filter(r -> r.startsWith("REF*6R"))).containsExactly("REF*6R*QH1001-1", "REF*6R*QH1001-2",
        "REF*6R*QH1002-1");
    long sv1Total = withTag(s, "SV1").stream().mapToLong(l -> new BigDecimal(l.split("\\*")[2]).movePointRight(2).longValueExact()).sum();
    long clmTotal = withTag(s, "CLM").stream().mapToLong(l -> new BigDecimal(l.split("\\*")[2]).movePointRight(2).longValueExact()).sum();
    assertThat(clmTotal).isEqualTo(sv1Total).isEqualTo(29000);
  }

  @Test
  void aReplacementCarriesThePayersClaimNumber() {
    ClaimFile original = file(List.of("M54.50"));
    ClaimFile.Claim first = original.claims().get(0);
    ClaimFile.Claim replacement = new ClaimFile.Claim(first.patientControlNumber(), '7', "11", "2226133445566", first.subscriber(),
        null, first.referring(), first.rendering(), first.diagnoses(), first.lines());
    List<String> s = segments(writer.write(new ClaimFile(18, 18, original.createdAt(), true, original.submitter(),
        original.billingProvider(), original.payer(), List.of(replacement))));
    assertThat(s).contains("CLM*QH1001*140***11:B:7*Y*A*Y*Y", "REF*F8*2226133445566");
    assertThat(s.get(0)).contains("*P*:");
  }

  @Test
  void aSecondaryClaimReportsWhatThePrimaryPaidOnTheClaimAndEachLine() throws Exception {
    byte[] x12 = writer.write(SampleClaimFiles.secondary());
    assertThat(schemaErrors(x12)).isEmpty();

    List<String> s = segments(x12);
    // This claim's payer is the secondary (SBR*S); loop 2320 names the primary (SBR*P), what it paid, and 2330A/B its insured and itself.
    assertThat(withTag(s, "SBR")).containsExactly("SBR*S*18*AARP-F******CI", "SBR*P*18*******MB");
    int clm = s.indexOf("CLM*QH1001-2*140***11:B:1*Y*A*Y*Y");
    int otherSbr = s.indexOf("SBR*P*18*******MB");
    int firstLine = s.indexOf("LX*1");
    assertThat(clm).isPositive().isLessThan(otherSbr);
    assertThat(s.subList(otherSbr, firstLine)).containsExactly("SBR*P*18*******MB", "AMT*D*100", "OI***Y***Y",
        "NM1*IL*1*WHITFIELD*ADA****MI*1EG4TE5MK73", "NM1*PR*2*MEDICARE PART B*****PI*00831");
    // Loop 2430 after each line: the primary's payment for it, its adjustments by group, the date it paid.
    assertThat(s.subList(s.indexOf("REF*6R*QH1001-2-1") + 1, s.indexOf("LX*2"))).containsExactly(
        "SVD*00831*70*HC:97110:GP:KX**2", "CAS*CO*45*10", "CAS*PR*2*16", "DTP*573*D8*20261215");
    assertThat(s.subList(s.indexOf("REF*6R*QH1001-2-2") + 1, s.indexOf(s.stream().filter(x -> x.startsWith("SE*")).findFirst().orElseThrow())))
        .containsExactly("SVD*00831*30*HC:97140:GP:59:KX**1", "CAS*CO*45*6", "CAS*PR*2*8", "DTP*573*D8*20261215");

    // The reader gives the primary's part back as written.
    ClaimFile.OtherPayer read = X12ClaimReader.read(new String(x12, StandardCharsets.US_ASCII)).claims().get(0).primary();
    assertThat(read.payerId()).isEqualTo("00831");
    assertThat(read.paidCents()).isEqualTo(10000);
    assertThat(read.adjudicated()).isEqualTo(LocalDate.of(2026, 12, 15));
    assertThat(read.subscriber().memberId()).isEqualTo("1EG4TE5MK73");
    assertThat(read.lines()).extracting(ClaimFile.LineAdjudication::paidCents).containsExactly(7000L, 3000L);
    assertThat(read.lines().get(0).adjustments()).containsExactly(new ClaimFile.Adjustment("CO", "45", 1000),
        new ClaimFile.Adjustment("PR", "2", 1600));
  }

  @Test
  void aClaimTheGuideRefusesIsNamedAndNotWritten() {
    assertThatThrownBy(() -> writer.write(file(List.of())))
        .isInstanceOf(ClaimFileException.class)
        .hasMessageContaining("(HI)");
  }
}
