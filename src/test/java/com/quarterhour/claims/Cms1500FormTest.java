package com.quarterhour.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;

/**
 * The paper claim printed from an 837P as sent: the 837P is read back, printed, and each box's text
 * read back from the PDF at that box's place on the form and compared with the claim.
 */
class Cms1500FormTest {

  private static final LocalDate SIGNED = LocalDate.of(2026, 12, 1);
  private final X12ClaimWriter writer = new X12ClaimWriter();

  /** The file as the 837P carries it: read back from what the writer wrote. */
  private ClaimFile sent(ClaimFile file) {
    return X12ClaimReader.read(new String(writer.write(file), StandardCharsets.US_ASCII));
  }

  private static byte[] pdf(ClaimFile file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Cms1500Form.write(file, SIGNED, out);
    return out.toByteArray();
  }

  /** The text in each box of one page, by box. */
  private static final class Boxes {
    private final PDFTextStripperByArea stripper = new PDFTextStripperByArea();

    Boxes(PDPage page) throws Exception {
      for (Cms1500Layout box : Cms1500Layout.values()) {
        stripper.addRegion(box.name(), new Rectangle2D.Float(box.x, box.top, box.width, box.height));
      }
      for (int row = 0; row < Cms1500Layout.LINES_PER_PAGE; row++) {
        for (Cms1500Layout column : List.of(Cms1500Layout.BOX_24A, Cms1500Layout.BOX_24B, Cms1500Layout.BOX_24D,
            Cms1500Layout.BOX_24E, Cms1500Layout.BOX_24F, Cms1500Layout.BOX_24G, Cms1500Layout.BOX_24J)) {
          float[] cell = column.cell(row);
          stripper.addRegion(column.name() + "/" + row, new Rectangle2D.Float(cell[0], cell[1], cell[2], cell[3]));
        }
      }
      stripper.extractRegions(page);
    }

    /** The box's filled-in text (its printed caption left out), spaces collapsed. */
    String of(Cms1500Layout box) {
      String text = stripper.getTextForRegion(box.name()).replaceAll("\\s+", " ").strip();
      String caption = Cms1500Form.caption(box).replaceAll("\\s+", " ").strip();
      return text.startsWith(caption) ? text.substring(caption.length()).strip() : text;
    }

    String line(Cms1500Layout column, int row) {
      return stripper.getTextForRegion(column.name() + "/" + row).replaceAll("\\s+", " ").strip();
    }
  }

  @Test
  void theReaderGivesBackTheClaimsTheWriterWrote() {
    ClaimFile original = SampleClaimFiles.file(List.of("M54.50", "M62.81"));
    ClaimFile read = sent(original);

    assertThat(read.interchangeControlNumber()).isEqualTo(17);
    assertThat(read.payer()).isEqualTo(new ClaimFile.PayerParty("MEDICARE PART B", "00831"));
    assertThat(read.billingProvider().npi()).isEqualTo("1497758544");
    assertThat(read.billingProvider().address().zip()).isEqualTo("972041234");
    assertThat(read.claims()).hasSize(2);
    ClaimFile.Claim ada = read.claims().get(0);
    assertThat(ada.patient()).isNull();
    assertThat(ada.subscriber().dateOfBirth()).isEqualTo(LocalDate.of(1948, 3, 2));
    assertThat(ada.diagnoses()).containsExactly("M54.50", "M62.81");
    assertThat(ada.lines()).isEqualTo(original.claims().get(0).lines());
    assertThat(ada.totalCents()).isEqualTo(original.claims().get(0).totalCents());
    ClaimFile.Claim esi = read.claims().get(1);
    assertThat(esi.patient().relationshipCode()).isEqualTo("19");
    assertThat(esi.patient().firstName()).isEqualTo("ESI");
    assertThat(esi.subscriber().groupNumber()).isEqualTo("GRP-44");
    assertThat(esi.referring().npi()).isEqualTo("1003000126");
  }

  @Test
  void everyFieldIsInItsBox() throws Exception {
    ClaimFile file = sent(SampleClaimFiles.file(List.of("M54.50", "M62.81")));
    try (PDDocument document = Loader.loadPDF(pdf(file))) {
      assertThat(document.getNumberOfPages()).isEqualTo(2);

      Boxes ada = new Boxes(document.getPage(0));
      assertThat(ada.of(Cms1500Layout.CARRIER)).isEqualTo("MEDICARE PART B PAYER ID 00831");
      assertThat(ada.of(Cms1500Layout.BOX_1A)).isEqualTo("1EG4TE5MK73");
      assertThat(ada.of(Cms1500Layout.BOX_2)).isEqualTo("WHITFIELD, ADA");
      assertThat(ada.of(Cms1500Layout.BOX_3)).isEqualTo("03 02 1948 F");
      assertThat(ada.of(Cms1500Layout.BOX_4)).isEqualTo("WHITFIELD, ADA");
      assertThat(ada.of(Cms1500Layout.BOX_5)).isEqualTo("12 ELM ST APT 3");
      assertThat(ada.of(Cms1500Layout.BOX_6)).isEqualTo("SELF");
      assertThat(ada.of(Cms1500Layout.BOX_11)).isEqualTo("NONE");
      assertThat(ada.of(Cms1500Layout.BOX_17)).isEqualTo("DN OKAFOR, NGOZI");
      assertThat(ada.of(Cms1500Layout.BOX_17B)).isEqualTo("NPI 1003000126");
      assertThat(ada.of(Cms1500Layout.BOX_21)).isEqualTo("0 A. M5450 B. M6281");
      assertThat(ada.of(Cms1500Layout.BOX_22)).isEmpty();
      assertThat(ada.line(Cms1500Layout.BOX_24A, 0)).isEqualTo("11 30 26 11 30 26");
      assertThat(ada.line(Cms1500Layout.BOX_24B, 0)).isEqualTo("11");
      assertThat(ada.line(Cms1500Layout.BOX_24D, 0)).isEqualTo("97110 GP KX");
      assertThat(ada.line(Cms1500Layout.BOX_24E, 0)).isEqualTo("AB");
      assertThat(ada.line(Cms1500Layout.BOX_24F, 0)).isEqualTo("96 00");
      assertThat(ada.line(Cms1500Layout.BOX_24G, 0)).isEqualTo("2");
      assertThat(ada.line(Cms1500Layout.BOX_24J, 0)).isEqualTo("1245319599");
      assertThat(ada.line(Cms1500Layout.BOX_24D, 1)).isEqualTo("97140 GP 59 KX");
      assertThat(ada.line(Cms1500Layout.BOX_24E, 1)).isEqualTo("A");
      assertThat(ada.line(Cms1500Layout.BOX_24D, 2)).isEmpty();
      assertThat(ada.of(Cms1500Layout.BOX_25)).isEqualTo("931234567 EIN X");
      assertThat(ada.of(Cms1500Layout.BOX_26)).isEqualTo("QH1001");
      assertThat(ada.of(Cms1500Layout.BOX_28)).isEqualTo("140 00");
      assertThat(ada.of(Cms1500Layout.BOX_31)).isEqualTo("LINDQVIST, MAJA SIGNATURE ON FILE 12 01 26");
      assertThat(ada.of(Cms1500Layout.BOX_32A)).isEqualTo("1497758544");
      assertThat(ada.of(Cms1500Layout.BOX_33)).startsWith("QUARTERHOUR THERAPY PH 5035550100").contains("PORTLAND OR 972041234");

      // Esi is her father's dependant: her name and birth date in 2 and 3, his in 4 and 11a, "child" in 6.
      Boxes esi = new Boxes(document.getPage(1));
      assertThat(esi.of(Cms1500Layout.BOX_2)).isEqualTo("MENSAH, ESI");
      assertThat(esi.of(Cms1500Layout.BOX_3)).isEqualTo("06 09 2015 F");
      assertThat(esi.of(Cms1500Layout.BOX_4)).isEqualTo("MENSAH, KWAME");
      assertThat(esi.of(Cms1500Layout.BOX_6)).isEqualTo("CHILD");
      assertThat(esi.of(Cms1500Layout.BOX_11)).isEqualTo("GRP-44");
      assertThat(esi.of(Cms1500Layout.BOX_26)).isEqualTo("QH1002");
      assertThat(esi.of(Cms1500Layout.BOX_28)).isEqualTo("150 00");
    }
  }

  @Test
  void aSecondaryClaimNamesThePrimaryInBox9AndItsPaymentInBox29() throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf(sent(SampleClaimFiles.secondary())))) {
      Boxes ada = new Boxes(document.getPage(0));
      assertThat(ada.of(Cms1500Layout.CARRIER)).isEqualTo("AARP MEDICARE SUPPLEMENT PAYER ID 36273");
      assertThat(ada.of(Cms1500Layout.BOX_1A)).isEqualTo("MG5566778");
      assertThat(ada.of(Cms1500Layout.BOX_9)).isEqualTo("WHITFIELD, ADA");
      assertThat(ada.of(Cms1500Layout.BOX_9A)).isEqualTo("1EG4TE5MK73");
      assertThat(ada.of(Cms1500Layout.BOX_9D)).isEqualTo("MEDICARE PART B");
      assertThat(ada.of(Cms1500Layout.BOX_11D)).isEqualTo("YES");
      assertThat(ada.of(Cms1500Layout.BOX_28)).isEqualTo("140 00");
      assertThat(ada.of(Cms1500Layout.BOX_29)).isEqualTo("100 00");
    }
  }

  @Test
  void aClaimOfEightLinesTakesTwoPagesWithTheTotalOnTheLast() throws Exception {
    ClaimFile file = sent(SampleClaimFiles.longReplacement());
    assertThat(Cms1500Form.pages(file)).isEqualTo(2);
    try (PDDocument document = Loader.loadPDF(pdf(file))) {
      assertThat(document.getNumberOfPages()).isEqualTo(2);
      Boxes first = new Boxes(document.getPage(0));
      Boxes second = new Boxes(document.getPage(1));
      assertThat(first.of(Cms1500Layout.BOX_22)).isEqualTo("7 MCR-2026-118833");
      assertThat(first.of(Cms1500Layout.BOX_21)).isEqualTo("0 A. M5450 B. M6281 C. R2689 D. M25561 E. Z96651");
      assertThat(first.of(Cms1500Layout.BOX_28)).isEqualTo("CONTINUED");
      assertThat(first.line(Cms1500Layout.BOX_24D, 5)).isEqualTo("97535 GP");
      assertThat(second.line(Cms1500Layout.BOX_24D, 0)).isEqualTo("97035 GP");
      assertThat(second.line(Cms1500Layout.BOX_24D, 1)).isEqualTo("97012 GP");
      assertThat(second.line(Cms1500Layout.BOX_24E, 1)).isEqualTo("C");
      assertThat(second.line(Cms1500Layout.BOX_24D, 2)).isEmpty();
      long total = file.claims().get(0).totalCents();
      assertThat(second.of(Cms1500Layout.BOX_28)).isEqualTo(Cms1500Form.money(total));
      assertThat(total).isEqualTo(8 * 3000 + 100 * (0 + 1 + 2 + 3 + 4 + 5 + 6 + 7));
    }
  }
}
