package com.quarterhour.claims;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads back an 837P that {@link X12ClaimWriter} wrote (and its schema checked) into the
 * {@link ClaimFile} it was written from, so that a paper claim says exactly what the electronic one
 * said, even after the patient's address or the clinic's details have changed since. Not a reader
 * for other senders' 837s: it knows this writer's segments and relies on the schema check at writing.
 */
final class X12ClaimReader {

  private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

  private X12ClaimReader() {}

  static ClaimFile read(String x12) {
    if (x12.length() < 106 || !x12.startsWith("ISA")) {
      throw new ClaimFileException("not an X12 interchange: it does not start with an ISA segment");
    }
    char elementSeparator = x12.charAt(3);
    char componentSeparator = x12.charAt(104);
    char segmentTerminator = x12.charAt(105);
    State s = new State(Character.toString(componentSeparator));
    for (String raw : x12.split(java.util.regex.Pattern.quote(Character.toString(segmentTerminator)))) {
      String segment = raw.strip();
      if (!segment.isEmpty()) {
        s.accept(segment.split(java.util.regex.Pattern.quote(Character.toString(elementSeparator)), -1));
      }
    }
    return s.file();
  }

  /** What has been read so far: the file's parties, then one claim at a time. */
  private static final class State {
    private final String component;
    private long icn;
    private long gcn;
    private boolean production;
    private LocalDateTime createdAt;
    private String submitterName;
    private String submitterId;
    private String contactName;
    private String phone;
    private ClaimFile.PayerParty payer;
    private String billingName;
    private String billingNpi;
    private String billingEin;
    private String taxonomy;
    private ClaimFile.Address billingAddress;
    private final List<ClaimFile.Claim> claims = new ArrayList<>();

    /** The loop the next N3/N4/DMG belong to: 85 billing provider, IL subscriber, QC patient. */
    private String party = "";
    private String[] n3;
    // The claim being read.
    private char responsibility;
    private String groupNumber;
    private String filingCode;
    private String[] subscriberName;
    private ClaimFile.Address subscriberAddress;
    private LocalDate subscriberDob;
    private char subscriberSex;
    private String relationship;
    private String[] patientName;
    private ClaimFile.Address patientAddress;
    private LocalDate patientDob;
    private char patientSex;
    private String[] clm;
    private String payerClaimNumber;
    private List<String> diagnoses = List.of();
    private ClaimFile.Provider referring;
    private ClaimFile.Provider rendering;
    private List<ClaimFile.Line> lines = new ArrayList<>();
    private String[] sv1;
    private LocalDate lineDate;
    // A secondary claim's 2320/2330 (the primary payer) and 2430 (its answer per line).
    private boolean inOtherPayer;
    private String[] otherSbr;
    private String[] otherInsured;
    private String[] otherPayer;
    private long otherPaid;
    private LocalDate adjudicated;
    private List<ClaimFile.Adjustment> otherAdjustments = new ArrayList<>();
    private final java.util.Map<Integer, ClaimFile.LineAdjudication> adjudications = new java.util.HashMap<>();
    private String[] svd;
    private List<ClaimFile.Adjustment> svdAdjustments;

    State(String component) {
      this.component = component;
    }

    void accept(String[] e) {
      switch (e[0]) {
        case "ISA" -> {
          icn = Long.parseLong(e[13].strip());
          production = "P".equals(e[15]);
        }
        case "GS" -> {
          gcn = Long.parseLong(e[6]);
          createdAt = LocalDateTime.parse(e[4] + e[5], STAMP);
        }
        case "PER" -> {
          contactName = e[2];
          phone = e[4];
        }
        case "PRV" -> taxonomy = e[3];
        case "REF" -> ref(e);
        case "NM1" -> name(e);
        case "N3" -> n3 = e;
        case "N4" -> address(new ClaimFile.Address(n3[1], n3.length > 2 && !n3[2].isEmpty() ? n3[2] : null, e[1], e[2], e[3]));
        case "DMG" -> demographics(LocalDate.parse(e[2], CCYYMMDD), e[3].charAt(0));
        case "HL" -> {
          if ("22".equals(e[3])) {
            finishClaim();
            relationship = null;
            patientName = null;
          }
        }
        case "SBR" -> {
          if (clm != null) {
            otherSbr = e;
            inOtherPayer = true;
          } else {
            responsibility = e[1].charAt(0);
            groupNumber = e[3].isEmpty() ? null : e[3];
            filingCode = e[9];
          }
        }
        case "PAT" -> relationship = e[1];
        case "CLM" -> clm = e;
        case "HI" -> diagnoses = Arrays.stream(e).skip(1).map(d -> withDot(d.split(java.util.regex.Pattern.quote(component))[1])).toList();
        case "LX" -> {
          finishAdjudication();
          inOtherPayer = false;
        }
        case "SV1" -> sv1 = e;
        case "AMT" -> otherPaid = "D".equals(e[1]) ? cents(e[2]) : otherPaid;
        case "CAS" -> (svd != null ? svdAdjustments : otherAdjustments).addAll(adjustments(e));
        case "SVD" -> {
          finishAdjudication();
          svd = e;
          svdAdjustments = new ArrayList<>();
        }
        case "DTP" -> {
          if ("573".equals(e[1])) {
            adjudicated = LocalDate.parse(e[3], CCYYMMDD);
          } else {
            lineDate = LocalDate.parse(e[3], CCYYMMDD);
          }
        }
        default -> { }
      }
    }

    /** CAS01 group, then reason / amount / quantity triplets. */
    private static List<ClaimFile.Adjustment> adjustments(String[] e) {
      List<ClaimFile.Adjustment> out = new ArrayList<>();
      for (int i = 2; i + 1 < e.length; i += 3) {
        if (!e[i].isEmpty()) {
          out.add(new ClaimFile.Adjustment(e[1], e[i], cents(e[i + 1])));
        }
      }
      return out;
    }

    /** The SVD just read belongs to the line read last. */
    private void finishAdjudication() {
      if (svd == null) {
        return;
      }
      String[] procedure = svd[3].split(java.util.regex.Pattern.quote(component));
      adjudications.put(lines.size() - 1, new ClaimFile.LineAdjudication(procedure[1], Arrays.asList(procedure).subList(2, procedure.length),
          cents(svd[2]), Integer.parseInt(svd[5]), svdAdjustments));
      svd = null;
    }

    private void ref(String[] e) {
      switch (e[1]) {
        case "EI" -> billingEin = e[2];
        case "F8" -> payerClaimNumber = e[2];
        case "6R" -> {
          String[] procedure = sv1[1].split(java.util.regex.Pattern.quote(component));
          List<Integer> pointers = Arrays.stream(sv1[7].split(java.util.regex.Pattern.quote(component))).map(Integer::valueOf).toList();
          lines.add(new ClaimFile.Line(procedure[1], Arrays.asList(procedure).subList(2, procedure.length),
              cents(sv1[2]), Integer.parseInt(sv1[4]), pointers, lineDate, e[2]));
        }
        default -> { }
      }
    }

    private void name(String[] e) {
      if (inOtherPayer) {
        if ("IL".equals(e[1])) {
          otherInsured = e;
        } else if ("PR".equals(e[1])) {
          otherPayer = e;
        }
        return;
      }
      party = e[1];
      switch (e[1]) {
        case "41" -> {
          submitterName = e[3];
          submitterId = e[9];
        }
        case "40" -> payer = new ClaimFile.PayerParty(e[3], e[9]);
        case "85" -> {
          billingName = e[3];
          billingNpi = e[9];
        }
        case "IL" -> {
          subscriberName = e;
          subscriberAddress = null;
          subscriberDob = null;
          subscriberSex = 'U';
        }
        case "QC" -> patientName = e;
        case "DN" -> referring = new ClaimFile.Provider(e[3], e[4], e[9]);
        case "82" -> rendering = new ClaimFile.Provider(e[3], e[4], e[9]);
        default -> { }
      }
    }

    private void address(ClaimFile.Address address) {
      switch (party) {
        case "85" -> billingAddress = address;
        case "IL" -> subscriberAddress = address;
        case "QC" -> patientAddress = address;
        default -> { }
      }
    }

    private void demographics(LocalDate dob, char sex) {
      if ("QC".equals(party)) {
        patientDob = dob;
        patientSex = sex;
      } else {
        subscriberDob = dob;
        subscriberSex = sex;
      }
    }

    private void finishClaim() {
      if (clm == null) {
        return;
      }
      String[] clm05 = clm[5].split(java.util.regex.Pattern.quote(component));
      ClaimFile.Subscriber subscriber = new ClaimFile.Subscriber(responsibility, subscriberName[9], groupNumber, filingCode,
          subscriberName[3], subscriberName[4], subscriberDob, subscriberSex, subscriberAddress);
      ClaimFile.Patient patient = patientName == null ? null
          : new ClaimFile.Patient(relationship, patientName[3], patientName[4], patientDob, patientSex, patientAddress);
      finishAdjudication();
      claims.add(new ClaimFile.Claim(clm[1], clm05[2].charAt(0), clm05[0], payerClaimNumber, subscriber, patient, referring, rendering,
          diagnoses, lines, primary()));
      inOtherPayer = false;
      otherSbr = null;
      otherInsured = null;
      otherPayer = null;
      otherPaid = 0;
      adjudicated = null;
      otherAdjustments = new ArrayList<>();
      adjudications.clear();
      clm = null;
      payerClaimNumber = null;
      referring = null;
      rendering = null;
      diagnoses = List.of();
      lines = new ArrayList<>();
    }

    /** The primary payer's part of a secondary claim, or null on a claim to the primary. */
    private ClaimFile.OtherPayer primary() {
      if (otherSbr == null) {
        return null;
      }
      ClaimFile.Subscriber insured = new ClaimFile.Subscriber(otherSbr[1].charAt(0), otherInsured[9], otherSbr[3].isEmpty() ? null : otherSbr[3],
          otherSbr[9], otherInsured[3], otherInsured[4], null, 'U', null);
      List<ClaimFile.LineAdjudication> perLine = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        perLine.add(adjudications.get(i));
      }
      return new ClaimFile.OtherPayer(otherPayer[3], otherPayer[9], insured, otherSbr[2], otherPaid, adjudicated, otherAdjustments, perLine);
    }

    ClaimFile file() {
      finishClaim();
      return new ClaimFile(icn, gcn, createdAt, production, new ClaimFile.Submitter(submitterName, submitterId, contactName, phone),
          new ClaimFile.BillingProvider(billingName, billingNpi, billingEin, billingAddress, taxonomy), payer, claims);
    }
  }

  /** "M6281" → "M62.81": ICD-10-CM's dot goes after the third character. */
  private static String withDot(String code) {
    return code.length() > 3 ? code.substring(0, 3) + "." + code.substring(3) : code;
  }

  private static long cents(String amount) {
    return new java.math.BigDecimal(amount).movePointRight(2).longValueExact();
  }
}
