package com.quarterhour.claims;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One service line of a claim: a code with its modifiers, the units, the charge (units × the
 * charge master's charge per unit), its diagnosis pointers and the line control number (REF*6R)
 * that ties the payer's answer for the line back to it.
 */
@Entity
public class ClaimLine {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_line_seq")
  @SequenceGenerator(name = "claim_line_seq", sequenceName = "claim_line_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "claim_id")
  private Claim claim;

  private int lineNo;
  private String code;
  private String modifiers;
  private int units;
  private long chargeCents;
  private String pointers;
  private LocalDate dateOfService;
  private String lineControlNumber;

  @Enumerated(EnumType.STRING)
  private ClaimStatus status;

  private Long paidCents;
  private Long allowedCents;
  private Long patientRespCents;
  private String remarks;

  @Enumerated(EnumType.STRING)
  private DenialResolution denialResolution;
  private String denialNote;
  private Instant denialWorkedAt;
  private String denialWorkedByName;

  protected ClaimLine() {}

  ClaimLine(Claim claim, int lineNo, String code, List<String> modifiers, int units, long chargeCents, List<Integer> pointers,
      LocalDate dateOfService, String lineControlNumber) {
    this.claim = claim;
    this.lineNo = lineNo;
    this.code = code;
    this.modifiers = modifiers.isEmpty() ? null : String.join(" ", modifiers);
    this.units = units;
    this.chargeCents = chargeCents;
    this.pointers = pointers.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("1");
    this.dateOfService = dateOfService;
    this.lineControlNumber = lineControlNumber;
    this.status = ClaimStatus.BILLED;
  }

  /** The payer's answer for this line: paid, allowed, the patient's part, remark codes, and what that makes the line. */
  void post(Remittance835.ServicePayment payment) {
    paidCents = payment.paidCents();
    allowedCents = payment.allowedCents();
    patientRespCents = payment.adjusted("PR");
    remarks = Remittance835.remarkColumn(payment.remarks());
    status = ClaimStatus.answered(chargeCents, paidCents, patientRespCents, false);
  }

  /** A coder dealt with the line's denial: it leaves the denial queue, what was done and why kept on the line. */
  void worked(DenialResolution resolution, String note, Instant at, String byName) {
    this.denialResolution = resolution;
    this.denialNote = note;
    this.denialWorkedAt = at;
    this.denialWorkedByName = byName;
  }

  ClaimFile.Line toFileLine() {
    return new ClaimFile.Line(code, getModifiers(), chargeCents, units,
        Arrays.stream(pointers.split(",")).map(Integer::valueOf).toList(), dateOfService, lineControlNumber);
  }

  public Long getId() { return id; }
  public int getLineNo() { return lineNo; }
  public String getCode() { return code; }
  public List<String> getModifiers() { return modifiers == null ? List.of() : List.of(modifiers.split(" ")); }
  public int getUnits() { return units; }
  public long getChargeCents() { return chargeCents; }
  public LocalDate getDateOfService() { return dateOfService; }
  public String getLineControlNumber() { return lineControlNumber; }
  public ClaimStatus getStatus() { return status; }
  public Long getPaidCents() { return paidCents; }
  public Long getAllowedCents() { return allowedCents; }
  public Long getPatientRespCents() { return patientRespCents; }
  public List<String> getRemarks() { return remarks == null ? List.of() : List.of(remarks.split(" ")); }
  public Claim getClaim() { return claim; }
  public DenialResolution getDenialResolution() { return denialResolution; }
  public String getDenialNote() { return denialNote; }
  public Instant getDenialWorkedAt() { return denialWorkedAt; }
  public String getDenialWorkedByName() { return denialWorkedByName; }
}
