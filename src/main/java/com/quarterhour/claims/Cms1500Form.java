package com.quarterhour.claims;

import static com.quarterhour.claims.Cms1500Layout.*;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Prints the claims of an 837P batch as CMS-1500 (02/12) paper claims: the form's boxes in red ink
 * (a printer's own red form would do the same), the claim in black in its boxes, six service lines
 * a page and as many pages as a claim needs (the total on its last page, "CONTINUED" before).
 * Pages are kept in a temporary file while the document is built, not in memory.
 */
final class Cms1500Form {

  private static final Color FORM_RED = new Color(0xC8, 0x10, 0x2E);
  private static final float PAGE_HEIGHT = PDRectangle.LETTER.getHeight();
  private static final PDFont LABEL = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private static final PDFont TITLE = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private static final PDFont DATA = new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD);
  private static final float DATA_SIZE = 8.5f;
  private static final float CAPTION_SIZE = 4.6f;
  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MM dd yyyy");
  private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("MM dd yy");
  /** Box 1's choices, left to right, with where each one's check box starts (points from the box's left). */
  static final String[] BOX_1_CHOICES = {"MEDICARE", "MEDICAID", "TRICARE", "CHAMPVA", "GROUP HEALTH PLAN", "FECA BLK LUNG", "OTHER"};
  static final float[] BOX_1_OFFSETS = {4, 52, 100, 148, 196, 272, 328};

  private Cms1500Form() {}

  /** Writes every claim of the file, in file order. */
  static void write(ClaimFile file, LocalDate signedOn, OutputStream out) {
    try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
      for (ClaimFile.Claim claim : file.claims()) {
        int pages = pagesOf(claim);
        for (int p = 0; p < pages; p++) {
          PDPage page = new PDPage(PDRectangle.LETTER);
          document.addPage(page);
          try (PDPageContentStream ink = new PDPageContentStream(document, page)) {
            Page drawing = new Page(ink);
            drawing.form();
            drawing.claim(file, claim, signedOn,
                claim.lines().subList(p * LINES_PER_PAGE, Math.min(claim.lines().size(), (p + 1) * LINES_PER_PAGE)), p == pages - 1);
          }
        }
      }
      document.save(out);
    } catch (IOException e) {
      throw new UncheckedIOException("the CMS-1500 could not be written", e);
    }
  }

  /** One page being drawn. */
  private static final class Page {
    private final PDPageContentStream ink;

    Page(PDPageContentStream ink) {
      this.ink = ink;
    }

    /** The empty form: title, every box with its number and caption, the six line rows. */
    void form() throws IOException {
      ink.setStrokingColor(FORM_RED);
      ink.setNonStrokingColor(FORM_RED);
      ink.setLineWidth(0.5f);
      text(TITLE, 11, 20, 84, "HEALTH INSURANCE CLAIM FORM");
      text(LABEL, 5, 20, 91, "APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12");
      text(TITLE, 8, 532, 91, "PICA");
      for (Cms1500Layout box : Cms1500Layout.values()) {
        ink.addRect(box.x, PAGE_HEIGHT - box.top - box.height, box.width, box.height);
        ink.stroke();
        text(LABEL, CAPTION_SIZE, box.x + 2, box.top + 6, caption(box));
      }
      for (int i = 0; i < BOX_1_CHOICES.length; i++) {
        text(LABEL, 4.6f, BOX_1.x + BOX_1_OFFSETS[i] + 9, BOX_1.top + 20, BOX_1_CHOICES[i]);
        ink.addRect(BOX_1.x + BOX_1_OFFSETS[i], PAGE_HEIGHT - BOX_1.top - 22, 7, 7);
        ink.stroke();
      }
      for (int row = 0; row < LINES_PER_PAGE; row++) {
        float top = FIRST_LINE_TOP + row * LINE_HEIGHT;
        ink.addRect(20, PAGE_HEIGHT - top - LINE_HEIGHT, 572, LINE_HEIGHT);
        ink.stroke();
        text(LABEL, 5, 12, top + 16, Integer.toString(row + 1));
        for (Cms1500Layout column : List.of(BOX_24B, BOX_24C, BOX_24D, BOX_24E, BOX_24F, BOX_24G, BOX_24H, BOX_24I, BOX_24J)) {
          ink.moveTo(column.x, PAGE_HEIGHT - top);
          ink.lineTo(column.x, PAGE_HEIGHT - top - LINE_HEIGHT);
          ink.stroke();
        }
      }
      text(LABEL, 5, 20, 748, "NUCC Instruction Manual available at: www.nucc.org");
      text(LABEL, 5, 420, 748, "PLEASE PRINT OR TYPE   APPROVED OMB-0938-1197 FORM 1500 (02-12)");
    }

    /** The claim's data in black, each value in its box. */
    void claim(ClaimFile file, ClaimFile.Claim claim, LocalDate signedOn, List<ClaimFile.Line> lines, boolean lastPage)
        throws IOException {
      ink.setNonStrokingColor(Color.BLACK);
      ClaimFile.Subscriber insured = claim.subscriber();
      ClaimFile.Patient patient = claim.patient();
      fill(CARRIER, file.payer().name(), "PAYER ID " + file.payer().id());
      int choice = "MB".equals(insured.claimFilingCode()) ? 0 : 4;
      data(BOX_1.x + BOX_1_OFFSETS[choice] + 1, BOX_1.top + 21, "X");
      fill(BOX_1A, insured.memberId());
      fill(BOX_2, patient == null ? name(insured.lastName(), insured.firstName()) : name(patient.lastName(), patient.firstName()));
      fill(BOX_3, patient == null ? birth(insured.dateOfBirth(), insured.sex()) : birth(patient.dateOfBirth(), patient.sex()));
      fill(BOX_4, name(insured.lastName(), insured.firstName()));
      ClaimFile.Address home = patient == null ? insured.address() : patient.address();
      address(BOX_5, BOX_5_CITY, BOX_5_ZIP, home);
      fill(BOX_6, relationship(patient == null ? "18" : patient.relationshipCode()));
      address(BOX_7, BOX_7_CITY, BOX_7_ZIP, insured.address());
      fill(BOX_10A, "NO");
      fill(BOX_10B, "NO");
      fill(BOX_10C, "NO");
      fill(BOX_11, insured.groupNumber() != null ? insured.groupNumber() : "NONE");
      if (insured.dateOfBirth() != null) {
        fill(BOX_11A, birth(insured.dateOfBirth(), insured.sex()));
      }
      fill(BOX_11C, file.payer().name());
      ClaimFile.OtherPayer primary = claim.primary();
      if (primary != null) {
        // A secondary claim: the primary's insured and plan in box 9, what it paid in box 29.
        fill(BOX_9, name(primary.subscriber().lastName(), primary.subscriber().firstName()));
        fill(BOX_9A, primary.subscriber().memberId());
        fill(BOX_9D, primary.payerName());
        fill(BOX_11D, "YES");
      }
      fill(BOX_12, "SIGNATURE ON FILE   " + signedOn.format(SHORT_DATE));
      fill(BOX_13, "SIGNATURE ON FILE");
      if (claim.referring() != null) {
        fill(BOX_17, "DN " + name(claim.referring().lastName(), claim.referring().firstName()));
        fill(BOX_17B, "NPI " + claim.referring().npi());
      }
      diagnoses(claim.diagnoses());
      if (claim.frequency() != '1') {
        fill(BOX_22, claim.frequency() + "   " + (claim.payerClaimControlNumber() == null ? "" : claim.payerClaimControlNumber()));
      }
      for (int row = 0; row < lines.size(); row++) {
        line(row, lines.get(row), claim.rendering().npi(), claim.placeOfService());
      }
      fill(BOX_25, file.billingProvider().ein() + "   EIN X");
      fill(BOX_26, claim.patientControlNumber());
      fill(BOX_27, "YES");
      fill(BOX_28, lastPage ? money(claim.totalCents()) : "CONTINUED");
      fill(BOX_29, lastPage ? money(primary == null ? 0 : primary.paidCents()) : "");
      fill(BOX_31, name(claim.rendering().lastName(), claim.rendering().firstName()), "SIGNATURE ON FILE", signedOn.format(SHORT_DATE));
      ClaimFile.BillingProvider billing = file.billingProvider();
      fill(BOX_32, billing.name(), street(billing.address()), cityLine(billing.address()));
      fill(BOX_32A, billing.npi());
      fill(BOX_33, billing.name() + "  PH " + (file.submitter().phone() == null ? "" : file.submitter().phone()),
          street(billing.address()), cityLine(billing.address()));
      fill(BOX_33A, billing.npi() + "   ZZ" + billing.taxonomy());
    }

    private void line(int row, ClaimFile.Line line, String renderingNpi, String placeOfService) throws IOException {
      float top = FIRST_LINE_TOP + row * LINE_HEIGHT + 16;
      String date = line.dateOfService().format(SHORT_DATE);
      data(BOX_24A.x + 2, top, date + " " + date);
      data(BOX_24B.x + 4, top, placeOfService);
      data(BOX_24D.x + 2, top, line.code() + " " + String.join(" ", line.modifiers()));
      StringBuilder pointers = new StringBuilder();
      line.pointers().stream().limit(4).forEach(p -> pointers.append((char) ('A' + p - 1)));
      data(BOX_24E.x + 4, top, pointers.toString());
      data(BOX_24F.x + 2, top, money(line.chargeCents()));
      data(BOX_24G.x + 4, top, Integer.toString(line.units()));
      data(BOX_24I.x + 4, top, "NPI");
      data(BOX_24J.x + 4, top, renderingNpi);
    }

    /** Box 21: up to twelve codes A–L, four to a row, without the dot as the form wants. */
    private void diagnoses(List<String> codes) throws IOException {
      data(BOX_21.x + BOX_21.width - 12, BOX_21.top + 7, "0");
      for (int i = 0; i < Math.min(12, codes.size()); i++) {
        float x = BOX_21.x + 4 + (i % 4) * 90;
        float top = BOX_21.top + 20 + (i / 4) * 10;
        data(x, top, (char) ('A' + i) + ". " + codes.get(i).replace(".", ""));
      }
    }

    private void address(Cms1500Layout street, Cms1500Layout city, Cms1500Layout zip, ClaimFile.Address address) throws IOException {
      if (address == null) {
        return;
      }
      fill(street, street(address));
      fill(city, address.city() + "   " + address.state());
      fill(zip, address.zip());
    }

    /** Values one under the other below the box's caption, cut to the box's width. */
    private void fill(Cms1500Layout box, String... values) throws IOException {
      // The one-row boxes (32a, 33a) are lower than most: their value beside the caption, not under it.
      boolean low = box.height < 20;
      float top = box.top + (low ? box.height - 3 : 15);
      float left = box.x + (low ? 12 : 3);
      for (String value : values) {
        if (value != null && !value.isEmpty()) {
          data(left, top, fit(value.toUpperCase(Locale.ROOT), box.x + box.width - 3 - left, DATA, DATA_SIZE));
        }
        top += 9;
      }
    }

    private void data(float x, float top, String value) throws IOException {
      text(DATA, DATA_SIZE, x, top, value);
    }

    private void text(PDFont font, float size, float x, float top, String value) throws IOException {
      ink.beginText();
      ink.setFont(font, size);
      ink.newLineAtOffset(x, PAGE_HEIGHT - top);
      ink.showText(printable(value));
      ink.endText();
    }
  }

  /** A box's caption as printed: as much of it as fits the box. */
  static String caption(Cms1500Layout box) {
    try {
      return fit(box.label, box.width - 4, LABEL, CAPTION_SIZE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The form prints in the Standard 14 fonts (WinAnsi): anything else becomes '?'. */
  private static String printable(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (char ch : value.toCharArray()) {
      out.append(ch >= 0x20 && ch < 0x7F ? ch : '?');
    }
    return out.toString();
  }

  private static String fit(String value, float width, PDFont font, float size) throws IOException {
    String text = printable(value);
    while (!text.isEmpty() && font.getStringWidth(text) / 1000 * size > width) {
      text = text.substring(0, text.length() - 1);
    }
    return text;
  }

  private static String name(String last, String first) {
    return last + ", " + first;
  }

  private static String birth(LocalDate date, char sex) {
    return (date == null ? "" : date.format(LONG_DATE)) + "   " + (sex == 'M' ? "M" : sex == 'F' ? "F" : "");
  }

  private static String relationship(String code) {
    return switch (code) {
      case "18" -> "SELF";
      case "01" -> "SPOUSE";
      case "19" -> "CHILD";
      default -> "OTHER";
    };
  }

  private static String street(ClaimFile.Address address) {
    return address.line() + (address.line2() == null ? "" : " " + address.line2());
  }

  private static String cityLine(ClaimFile.Address address) {
    return address.city() + " " + address.state() + " " + address.zip();
  }

  /** "96 00": dollars and cents either side of the form's dotted line, written here with a space. */
  static String money(long cents) {
    BigDecimal amount = BigDecimal.valueOf(cents, 2);
    return amount.toPlainString().replace('.', ' ');
  }

  /** The pages a file's claims take (six lines a page). */
  static int pages(ClaimFile file) {
    return file.claims().stream().mapToInt(Cms1500Form::pagesOf).sum();
  }

  static int pagesOf(ClaimFile.Claim claim) {
    return Math.max(1, (claim.lines().size() + LINES_PER_PAGE - 1) / LINES_PER_PAGE);
  }
}
