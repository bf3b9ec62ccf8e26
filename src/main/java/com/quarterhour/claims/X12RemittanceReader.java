package com.quarterhour.claims;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a payer's 835 (005010X221A1) segment by segment, checking each against Quarterhour's 835
 * implementation schema, and hands every claim payment to the handler as soon as its last service
 * line is read: memory stays flat however many claims the file holds. The first segment the
 * schema refuses stops the reading with its position and what is wrong; the caller's transaction
 * then keeps nothing of the file.
 */
public class X12RemittanceReader {

  public static final String VERSION = "005010X221A1";
  private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

  private final Schema transaction;

  public X12RemittanceReader() {
    try (InputStream in = X12RemittanceReader.class.getResourceAsStream("x12-835.xml")) {
      this.transaction = SchemaFactory.newFactory().createSchema(in);
    } catch (EDISchemaException | IOException e) {
      throw new IllegalStateException("the 835 implementation schema cannot be loaded", e);
    }
  }

  /** Reads every transaction of the interchange; throws on the first segment the guide refuses. */
  public void read(InputStream in, Remittance835.Handler handler) {
    EDIInputFactory factory = EDIInputFactory.newFactory();
    factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
    try (EDIStreamReader reader = factory.createEDIStreamReader(in)) {
      new Transactions(reader, handler).read();
    } catch (EDIStreamException e) {
      throw new RemittanceFileException(position(e.getLocation()) + "the file is not a readable X12 interchange ("
          + e.getMessage().replaceAll("\\s+", " ") + ")");
    } catch (IOException e) {
      throw new RemittanceFileException("the file could not be read: " + e.getMessage());
    }
  }

  private static String position(Location location) {
    if (location == null || location.getSegmentPosition() < 0) {
      return "";
    }
    return "segment " + location.getSegmentPosition()
        + (location.getSegmentTag() == null ? "" : " (" + location.getSegmentTag() + ")") + ": ";
  }

  /** The state of one reading: the segment being read, the payment, claim and service line open. */
  private final class Transactions {
    private final EDIStreamReader reader;
    private final Remittance835.Handler handler;
    private final List<List<String>> elements = new ArrayList<>();
    private String tag;
    private int position;
    private int transactions;
    private boolean skipping;
    private Remittance835.Payment pendingPayment;
    private String traceNumber;
    private String payerIdentifier;
    private String payerName;
    private long paymentCents;
    private LocalDate paymentDate;
    private ClaimBuilder claim;
    private ServiceBuilder service;

    Transactions(EDIStreamReader reader, Remittance835.Handler handler) {
      this.reader = reader;
      this.handler = handler;
    }

    void read() throws EDIStreamException {
      while (reader.hasNext()) {
        EDIStreamEvent event = reader.next();
        switch (event) {
          case START_TRANSACTION -> reader.setTransactionSchema(transaction);
          case START_SEGMENT -> {
            tag = reader.getText();
            position = reader.getLocation().getSegmentPosition();
            elements.clear();
          }
          case ELEMENT_DATA -> element(reader.getLocation(), reader.getText());
          case END_SEGMENT -> segment();
          case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> throw new RemittanceFileException(
              position(reader.getLocation()) + problem(reader));
          default -> { }
        }
      }
      if (transactions == 0) {
        throw new RemittanceFileException("the file holds no 835 transaction (ST*835)");
      }
    }

    private String problem(EDIStreamReader r) {
      Location at = r.getLocation();
      String element = at.getElementPosition() > 0 ? String.format("%s%02d ", at.getSegmentTag(), at.getElementPosition()) : "";
      return element + r.getErrorType().name().toLowerCase(Locale.ROOT).replace('_', ' ')
          + (r.getText() == null || r.getText().isEmpty() ? "" : " ('" + r.getText() + "')");
    }

    private void element(Location at, String text) {
      int e = at.getElementPosition();
      int c = Math.max(at.getComponentPosition(), 1);
      if (at.getElementOccurrence() > 1) {
        return; // repetitions carry nothing posting uses
      }
      while (elements.size() < e) {
        elements.add(new ArrayList<>());
      }
      List<String> components = elements.get(e - 1);
      while (components.size() < c) {
        components.add("");
      }
      components.set(c - 1, text == null ? "" : text);
    }

    private String el(int e) {
      return el(e, 1);
    }

    private String el(int e, int c) {
      if (e > elements.size() || c > elements.get(e - 1).size()) {
        return "";
      }
      return elements.get(e - 1).get(c - 1);
    }

    private void segment() {
      switch (tag) {
        case "ST" -> startTransaction();
        case "BPR" -> {
          paymentCents = cents(2);
          paymentDate = date(16);
        }
        case "TRN" -> {
          traceNumber = el(2);
          payerIdentifier = el(3);
        }
        case "N1" -> {
          if ("PR".equals(el(1))) {
            payerName = el(2);
          }
        }
        case "LX", "PLB" -> endClaim();
        case "CLP" -> startClaim();
        case "CAS" -> adjustments();
        case "MOA" -> {
          if (claim != null) {
            for (int e = 3; e <= 7; e++) {
              remark(claim.remarks, el(e));
            }
          }
        }
        case "SVC" -> startService();
        case "REF" -> {
          if (service != null && "6R".equals(el(1))) {
            service.lineControlNumber = el(2);
          }
        }
        case "AMT" -> {
          if (service != null && "B6".equals(el(1))) {
            service.allowedCents = cents(2);
          }
        }
        case "LQ" -> {
          if (service != null) {
            remark(service.remarks, el(2));
          }
        }
        case "SE" -> {
          endClaim();
          announcePayment();
        }
        default -> { }
      }
    }

    private void startTransaction() {
      if (!"835".equals(el(1))) {
        throw new RemittanceFileException(position(reader.getLocation()) + "this is a " + el(1)
            + " transaction, not an 835 remittance advice");
      }
      if (!el(3).isEmpty() && !VERSION.equals(el(3))) {
        throw new RemittanceFileException(position(reader.getLocation()) + "version " + el(3) + " is not " + VERSION);
      }
      transactions++;
      skipping = false;
      pendingPayment = null;
      traceNumber = payerIdentifier = payerName = null;
      paymentCents = 0;
      paymentDate = null;
    }

    /** The payment is complete once the header's last segment is read: before the first claim or at SE. */
    private void announcePayment() {
      if (traceNumber != null) {
        pendingPayment = new Remittance835.Payment(traceNumber, payerIdentifier, payerName, paymentCents, paymentDate);
        skipping = !handler.payment(pendingPayment);
        traceNumber = null;
      }
    }

    private void startClaim() {
      announcePayment();
      endClaim();
      claim = new ClaimBuilder(position, el(1), el(2), cents(3), cents(4), cents(5), el(7));
    }

    private void endClaim() {
      endService();
      if (claim != null) {
        if (!skipping) {
          handler.claim(claim.build());
        }
        claim = null;
      }
    }

    private void startService() {
      requireClaim();
      endService();
      List<String> modifiers = new ArrayList<>();
      for (int c = 3; c <= 6; c++) {
        if (!el(1, c).isEmpty()) {
          modifiers.add(el(1, c));
        }
      }
      service = new ServiceBuilder(position, el(1, 2), modifiers, cents(2), cents(3));
    }

    private void endService() {
      if (service != null) {
        claim.services.add(service.build());
        service = null;
      }
    }

    private void adjustments() {
      requireClaim();
      List<Remittance835.Adjustment> into = service != null ? service.adjustments : claim.adjustments;
      for (int e = 2; e <= 17; e += 3) {
        if (!el(e).isEmpty()) {
          into.add(new Remittance835.Adjustment(el(1), el(e), cents(e + 1)));
        }
      }
    }

    private void requireClaim() {
      if (claim == null) {
        throw new RemittanceFileException("segment " + position + " (" + tag + "): belongs to a claim, but no CLP comes before it");
      }
    }

    private void remark(List<String> remarks, String code) {
      if (!code.isEmpty()) {
        remarks.add(code);
      }
    }

    private long cents(int e) {
      String amount = el(e);
      if (amount.isEmpty()) {
        return 0;
      }
      try {
        return new BigDecimal(amount).movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
      } catch (NumberFormatException | ArithmeticException ex) {
        throw new RemittanceFileException(String.format("segment %d (%s): %s%02d '%s' is not an amount", position, tag, tag, e, amount));
      }
    }

    private LocalDate date(int e) {
      try {
        return el(e).isEmpty() ? null : LocalDate.parse(el(e), CCYYMMDD);
      } catch (DateTimeParseException ex) {
        throw new RemittanceFileException(String.format("segment %d (%s): %s%02d '%s' is not a date (CCYYMMDD)", position, tag, tag, e, el(e)));
      }
    }
  }

  private static final class ClaimBuilder {
    final int segment;
    final String pcn;
    final String status;
    final long charge;
    final long paid;
    final long patient;
    final String payerClaimNumber;
    final List<Remittance835.Adjustment> adjustments = new ArrayList<>();
    final List<String> remarks = new ArrayList<>();
    final List<Remittance835.ServicePayment> services = new ArrayList<>();

    ClaimBuilder(int segment, String pcn, String status, long charge, long paid, long patient, String payerClaimNumber) {
      this.segment = segment;
      this.pcn = pcn;
      this.status = status;
      this.charge = charge;
      this.paid = paid;
      this.patient = patient;
      this.payerClaimNumber = payerClaimNumber.isEmpty() ? null : payerClaimNumber;
    }

    Remittance835.ClaimPayment build() {
      return new Remittance835.ClaimPayment(segment, pcn, status, charge, paid, patient, payerClaimNumber, List.copyOf(adjustments),
          List.copyOf(remarks), List.copyOf(services));
    }
  }

  private static final class ServiceBuilder {
    final int segment;
    final String code;
    final List<String> modifiers;
    final long charge;
    final long paid;
    String lineControlNumber;
    Long allowedCents;
    final List<Remittance835.Adjustment> adjustments = new ArrayList<>();
    final List<String> remarks = new ArrayList<>();

    ServiceBuilder(int segment, String code, List<String> modifiers, long charge, long paid) {
      this.segment = segment;
      this.code = code;
      this.modifiers = List.copyOf(modifiers);
      this.charge = charge;
      this.paid = paid;
    }

    Remittance835.ServicePayment build() {
      return new Remittance835.ServicePayment(segment, code, modifiers, charge, paid, lineControlNumber, allowedCents,
          List.copyOf(adjustments), List.copyOf(remarks));
    }
  }
}
