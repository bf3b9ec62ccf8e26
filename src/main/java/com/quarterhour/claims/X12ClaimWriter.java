package com.quarterhour.claims;

import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.EDIType;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants.Standards;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link ClaimFile} as an ASC X12 837P (005010X222A1) interchange, one transaction set per
 * file. Every segment is checked against Quarterhour's implementation schema while it is written; a
 * file the schema refuses is never handed out: the exception names the segment, its position and
 * the problem.
 */
public final class X12ClaimWriter {

  public static final String VERSION = "005010X222A1";
  private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
  private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

  private final Schema control;
  private final Schema transaction;

  public X12ClaimWriter() {
    SchemaFactory factory = SchemaFactory.newFactory();
    try (InputStream in = X12ClaimWriter.class.getResourceAsStream("x12-837P.xml")) {
      this.control = factory.getControlSchema(Standards.X12, new String[] {"00501"});
      this.transaction = factory.createSchema(in);
    } catch (EDISchemaException | IOException e) {
      throw new IllegalStateException("the 837P implementation schema cannot be loaded", e);
    }
  }

  /** The implementation schema the files are written against (to read one back and check it). */
  Schema transactionSchema() {
    return transaction;
  }

  /** The X12 envelope schema of version 00501. */
  Schema controlSchema() {
    return control;
  }

  /** The file's bytes (ASCII, one segment per line). */
  public byte[] write(ClaimFile file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> problems = new ArrayList<>();
    EDIOutputFactory factory = EDIOutputFactory.newFactory();
    factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
    factory.setProperty(EDIOutputFactory.TRUNCATE_EMPTY_ELEMENTS, true);
    factory.setErrorReporter((error, writer, location, data, reference) ->
        problems.add("segment " + location.getSegmentPosition() + " (" + location.getSegmentTag() + ")"
            + (location.getElementPosition() > 0 ? ", element " + location.getElementPosition() : "")
            + ": " + error.name().toLowerCase(Locale.ROOT).replace('_', ' ') + describe(reference)
            + (data == null || data.length() == 0 ? "" : " ('" + data + "')")));
    try (EDIStreamWriter writer = factory.createEDIStreamWriter(out, StandardCharsets.US_ASCII.name())) {
      writer.setControlSchema(control);
      new Segments(writer, file).writeInterchange(transaction);
      writer.flush();
    } catch (EDIStreamException e) {
      throw new ClaimFileException("the 837P could not be written: " + e.getMessage(), e);
    }
    if (!problems.isEmpty()) {
      throw new ClaimFileException("the 837P breaks its implementation guide: " + String.join("; ", problems));
    }
    return out.toByteArray();
  }

  private static String describe(EDIReference reference) {
    if (reference == null) {
      return "";
    }
    EDIType type = reference instanceof EDIType t ? t : reference.getReferencedType();
    return type == null ? "" : " " + type.getCode();
  }

  /** One file being written: keeps the transaction's segment count for SE01. */
  private static final class Segments {
    private final EDIStreamWriter w;
    private final ClaimFile file;
    private int inTransaction;
    private int hl;

    Segments(EDIStreamWriter writer, ClaimFile file) {
      this.w = writer;
      this.file = file;
    }

    void writeInterchange(Schema transaction) throws EDIStreamException {
      String icn = String.format("%09d", file.interchangeControlNumber());
      String sender = file.submitter().id();
      String receiver = file.payer().id();
      w.startInterchange();
      segment("ISA", "00", " ".repeat(10), "00", " ".repeat(10), "ZZ", pad(sender, 15), "ZZ", pad(receiver, 15),
          file.createdAt().format(YYMMDD), file.createdAt().format(HHMM), "^", "00501", icn, "0",
          file.production() ? "P" : "T", ":");
      segment("GS", "HC", sender, receiver, file.createdAt().format(CCYYMMDD), file.createdAt().format(HHMM),
          Long.toString(file.groupControlNumber()), "X", VERSION);
      segment("ST", "837", "0001", VERSION);
      w.setTransactionSchema(transaction);
      inTransaction = 1;
      segment("BHT", "0019", "00", Long.toString(file.groupControlNumber()), file.createdAt().format(CCYYMMDD),
          file.createdAt().format(HHMM), "CH");
      // 1000A submitter, 1000B receiver
      segment("NM1", "41", "2", upper(file.submitter().name()), "", "", "", "", "46", file.submitter().id());
      segment("PER", "IC", upper(file.submitter().contactName()), "TE", file.submitter().phone());
      segment("NM1", "40", "2", upper(file.payer().name()), "", "", "", "", "46", file.payer().id());
      // 2000A billing provider
      int billingHl = ++hl;
      segment("HL", Integer.toString(billingHl), "", "20", "1");
      ClaimFile.BillingProvider billing = file.billingProvider();
      segment("PRV", "BI", "PXC", billing.taxonomy());
      segment("NM1", "85", "2", upper(billing.name()), "", "", "", "", "XX", billing.npi());
      address(billing.address());
      segment("REF", "EI", billing.ein());
      for (ClaimFile.Claim claim : file.claims()) {
        claim(billingHl, claim);
      }
      segment("SE", Integer.toString(inTransaction + 1), "0001");
      inTransaction = 0;
      segment("GE", "1", Long.toString(file.groupControlNumber()));
      segment("IEA", "1", icn);
      w.endInterchange();
    }

    /** 2000B subscriber (and 2000C patient when not the subscriber), then the claim under the last level. */
    private void claim(int billingHl, ClaimFile.Claim claim) throws EDIStreamException {
      ClaimFile.Subscriber s = claim.subscriber();
      boolean self = claim.patient() == null;
      int subscriberHl = ++hl;
      segment("HL", Integer.toString(subscriberHl), Integer.toString(billingHl), "22", self ? "0" : "1");
      segment("SBR", String.valueOf(s.payerResponsibility()), self ? "18" : "", blankIfNull(s.groupNumber()), "", "", "", "", "",
          s.claimFilingCode());
      segment("NM1", "IL", "1", upper(s.lastName()), upper(s.firstName()), "", "", "", "MI", s.memberId());
      if (self) {
        address(s.address());
        segment("DMG", "D8", s.dateOfBirth().format(CCYYMMDD), String.valueOf(s.sex()));
      }
      segment("NM1", "PR", "2", upper(file.payer().name()), "", "", "", "", "PI", file.payer().id());
      if (!self) {
        ClaimFile.Patient p = claim.patient();
        segment("HL", Integer.toString(++hl), Integer.toString(subscriberHl), "23", "0");
        segment("PAT", p.relationshipCode());
        segment("NM1", "QC", "1", upper(p.lastName()), upper(p.firstName()));
        address(p.address());
        segment("DMG", "D8", p.dateOfBirth().format(CCYYMMDD), String.valueOf(p.sex()));
      }
      // 2300 claim: CLM05 is place of service : B (professional) : frequency
      w.writeStartSegment("CLM").writeElement(claim.patientControlNumber()).writeElement(amount(claim.totalCents()))
          .writeEmptyElement().writeEmptyElement();
      w.writeStartElement().writeComponent(claim.placeOfService()).writeComponent("B")
          .writeComponent(String.valueOf(claim.frequency())).endElement();
      w.writeElement("Y").writeElement("A").writeElement("Y").writeElement("Y").writeEndSegment();
      inTransaction++;
      if (claim.payerClaimControlNumber() != null) {
        segment("REF", "F8", claim.payerClaimControlNumber());
      }
      w.writeStartSegment("HI");
      for (int d = 0; d < claim.diagnoses().size(); d++) {
        w.writeStartElement().writeComponent(d == 0 ? "ABK" : "ABF").writeComponent(claim.diagnoses().get(d).replace(".", ""))
            .endElement();
      }
      w.writeEndSegment();
      inTransaction++;
      if (claim.referring() != null) {
        provider("DN", claim.referring());
      }
      provider("82", claim.rendering());
      ClaimFile.OtherPayer primary = claim.primary();
      if (primary != null) {
        otherPayer(primary);
      }
      int lineNo = 0;
      for (ClaimFile.Line line : claim.lines()) {
        segment("LX", Integer.toString(++lineNo));
        w.writeStartSegment("SV1").writeStartElement().writeComponent("HC").writeComponent(line.code());
        for (String modifier : line.modifiers()) {
          w.writeComponent(modifier);
        }
        w.endElement().writeElement(amount(line.chargeCents())).writeElement("UN").writeElement(Integer.toString(line.units()))
            .writeEmptyElement().writeEmptyElement().writeStartElement();
        for (int pointer : line.pointers()) {
          w.writeComponent(Integer.toString(pointer));
        }
        w.endElement().writeEndSegment();
        inTransaction++;
        segment("DTP", "472", "D8", line.dateOfService().format(CCYYMMDD));
        segment("REF", "6R", line.lineControlNumber());
        ClaimFile.LineAdjudication adjudication = primary == null ? null : primary.lines().get(lineNo - 1);
        if (adjudication != null) {
          lineAdjudication(primary, adjudication);
        }
      }
    }

    /** 2320 the primary's policy, adjustments and payment; 2330A its insured; 2330B the primary payer. */
    private void otherPayer(ClaimFile.OtherPayer primary) throws EDIStreamException {
      ClaimFile.Subscriber s = primary.subscriber();
      segment("SBR", String.valueOf(s.payerResponsibility()), primary.relationshipCode(), blankIfNull(s.groupNumber()), "", "", "", "", "",
          s.claimFilingCode());
      adjustments(primary.adjustments());
      segment("AMT", "D", amount(primary.paidCents()));
      segment("OI", "", "", "Y", "", "", "Y");
      segment("NM1", "IL", "1", upper(s.lastName()), upper(s.firstName()), "", "", "", "MI", s.memberId());
      segment("NM1", "PR", "2", upper(primary.payerName()), "", "", "", "", "PI", primary.payerId());
    }

    /** 2430 the primary's answer to a line: SVD (its payer id, paid, the code, units), CAS, DTP*573 the date it paid. */
    private void lineAdjudication(ClaimFile.OtherPayer primary, ClaimFile.LineAdjudication line) throws EDIStreamException {
      w.writeStartSegment("SVD").writeElement(primary.payerId()).writeElement(amount(line.paidCents()));
      w.writeStartElement().writeComponent("HC").writeComponent(line.code());
      for (String modifier : line.modifiers()) {
        w.writeComponent(modifier);
      }
      w.endElement().writeEmptyElement().writeElement(Integer.toString(line.units())).writeEndSegment();
      inTransaction++;
      adjustments(line.adjustments());
      segment("DTP", "573", "D8", primary.adjudicated().format(CCYYMMDD));
    }

    /** CAS segments: one per group (CO, PR, OA, PI) with up to six reason/amount pairs each, as the guide lays them out. */
    private void adjustments(List<ClaimFile.Adjustment> adjustments) throws EDIStreamException {
      Map<String, List<ClaimFile.Adjustment>> byGroup = new LinkedHashMap<>();
      adjustments.forEach(a -> byGroup.computeIfAbsent(a.group(), g -> new ArrayList<>()).add(a));
      for (Map.Entry<String, List<ClaimFile.Adjustment>> group : byGroup.entrySet()) {
        List<ClaimFile.Adjustment> all = group.getValue();
        for (int from = 0; from < all.size(); from += 6) {
          List<String> elements = new ArrayList<>();
          elements.add(group.getKey());
          for (ClaimFile.Adjustment a : all.subList(from, Math.min(all.size(), from + 6))) {
            elements.add(a.reason());
            elements.add(amount(a.cents()));
            elements.add("");
          }
          elements.remove(elements.size() - 1); // no empty quantity after the last amount
          segment("CAS", elements.toArray(String[]::new));
        }
      }
    }

    private void provider(String entity, ClaimFile.Provider provider) throws EDIStreamException {
      segment("NM1", entity, "1", upper(provider.lastName()), upper(provider.firstName()), "", "", "", "XX", provider.npi());
    }

    private void address(ClaimFile.Address address) throws EDIStreamException {
      segment("N3", upper(address.line()), upper(address.line2()));
      segment("N4", upper(address.city()), address.state(), address.zip());
    }

    private void segment(String tag, String... elements) throws EDIStreamException {
      w.writeStartSegment(tag);
      for (String element : elements) {
        if (element == null || element.isEmpty()) {
          w.writeEmptyElement();
        } else {
          w.writeElement(element);
        }
      }
      w.writeEndSegment();
      if (inTransaction > 0) {
        inTransaction++;
      }
    }
  }

  /** Dollars as the guide writes them: no trailing zeros past the cents, no thousands separator. */
  static String amount(long cents) {
    return BigDecimal.valueOf(cents, 2).stripTrailingZeros().toPlainString();
  }

  private static String upper(String name) {
    return name == null ? "" : name.toUpperCase(Locale.ROOT);
  }

  private static String blankIfNull(String value) {
    return value == null ? "" : value;
  }

  private static String pad(String id, int width) {
    return id.length() >= width ? id.substring(0, width) : id + " ".repeat(width - id.length());
  }

  /** The date format of the file, for readers and tests. */
  static String date(LocalDate date) {
    return date.format(CCYYMMDD);
  }
}
