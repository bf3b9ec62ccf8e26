package com.quarterhour.claims;

import com.quarterhour.reference.InsurancePolicy;
import com.quarterhour.reference.Payer;
import com.quarterhour.visit.Visit;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One visit billed to one payer: its lines (one per code and modifiers, units summed), the
 * diagnoses of the visit's plan of care, the policy billed, its total (the sum of the lines) and
 * the patient control number the payer's remittance answers with.
 */
@Entity
public class Claim {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_seq")
  @SequenceGenerator(name = "claim_seq", sequenceName = "claim_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "batch_id")
  private ClaimBatch batch;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "visit_id")
  private Visit visit;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "payer_id")
  private Payer payer;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "policy_id")
  private InsurancePolicy policy;

  private String patientControlNumber;
  private char frequency;
  /** Which of the patient's insurances this claim bills: P primary, S secondary, T tertiary (SBR01). */
  private char payerSequence;

  @Enumerated(EnumType.STRING)
  private ClaimStatus status;

  private long totalCents;
  /** The ICD-10-CM codes in order, comma-separated (at most twelve fit an 837P's HI). */
  private String diagnoses;
  private String payerClaimNumber;
  /** For a replacement or void: the claim it supersedes, and that claim's number at the payer (REF*F8). */
  private Long replacesClaimId;
  private String originalClaimNumber;
  private Instant createdAt;
  private Long paidCents;
  private Long patientRespCents;
  private Long remittanceId;
  private String remarks;

  @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("lineNo")
  private List<ClaimLine> lines = new ArrayList<>();

  @Version private long version;

  protected Claim() {}

  Claim(ClaimBatch batch, Visit visit, InsurancePolicy policy, String patientControlNumber, List<String> diagnoses, Instant createdAt) {
    this.batch = batch;
    this.visit = visit;
    this.payer = policy.getPayer();
    this.policy = policy;
    this.payerSequence = sequenceOf(policy.getPosition());
    this.patientControlNumber = patientControlNumber;
    this.frequency = '1';
    this.status = ClaimStatus.BILLED;
    this.diagnoses = String.join(",", diagnoses);
    this.createdAt = createdAt;
  }

  /**
   * Makes this claim the replacement (7) or void (8) of an earlier claim of the visit that the payer
   * has answered; a void is not owed, so it is voided from the start.
   */
  void supersede(Claim earlier, char frequency) {
    if (frequency != '7' && frequency != '8') {
      throw new IllegalArgumentException("not a replacement or void frequency: " + frequency);
    }
    if (earlier.payerClaimNumber == null) {
      throw new IllegalStateException("claim " + earlier.patientControlNumber + " has no payer claim number to quote");
    }
    this.frequency = frequency;
    this.replacesClaimId = earlier.id;
    this.originalClaimNumber = earlier.payerClaimNumber;
    if (frequency == '8') {
      this.status = ClaimStatus.VOIDED;
    }
  }

  /** A later claim (replacement or void) has been sent in this one's place. */
  void supersededBy(Claim later) {
    this.status = later.frequency == '8' ? ClaimStatus.VOIDED : ClaimStatus.REPLACED;
  }

  /** Adds a line; the claim's total follows its lines. */
  ClaimLine addLine(String code, List<String> modifiers, int units, long chargeCents, List<Integer> pointers) {
    ClaimLine line = new ClaimLine(this, lines.size() + 1, code, modifiers, units, chargeCents, pointers, visit.getDateOfService(),
        patientControlNumber + "-" + (lines.size() + 1));
    lines.add(line);
    totalCents += chargeCents;
    return line;
  }

  /**
   * The payer's answer for the claim as a whole (its lines are posted one by one): what it paid,
   * what the patient owes, its own claim number (a replacement or void quotes it) and the claim's state.
   */
  void post(Remittance835.ClaimPayment payment, Long remittanceId) {
    this.paidCents = payment.paidCents();
    this.patientRespCents = payment.patientResponsibilityCents();
    if (payment.payerClaimNumber() != null) {
      this.payerClaimNumber = payment.payerClaimNumber();
    }
    this.remittanceId = remittanceId;
    this.remarks = Remittance835.remarkColumn(payment.remarks());
    if (!status.isSuperseded()) {
      this.status = ClaimStatus.answered(totalCents, paidCents, patientRespCents, payment.denied());
    }
  }

  /** SBR01 for the policy's place among the patient's insurances. */
  static char sequenceOf(int position) {
    return switch (position) {
      case 1 -> 'P';
      case 2 -> 'S';
      default -> 'T';
    };
  }

  /** A claim frequency code in words: original (1), replacement (7), void (8). */
  public static String kind(char frequency) {
    return switch (frequency) {
      case '7' -> "Replacement (7)";
      case '8' -> "Void (8)";
      default -> "Original (1)";
    };
  }

  public String getKind() { return kind(frequency); }
  public Long getId() { return id; }
  public ClaimBatch getBatch() { return batch; }
  public Visit getVisit() { return visit; }
  public Payer getPayer() { return payer; }
  public InsurancePolicy getPolicy() { return policy; }
  public String getPatientControlNumber() { return patientControlNumber; }
  public char getFrequency() { return frequency; }
  public ClaimStatus getStatus() { return status; }
  public long getTotalCents() { return totalCents; }
  public String getPayerClaimNumber() { return payerClaimNumber; }
  public Long getReplacesClaimId() { return replacesClaimId; }
  public char getPayerSequence() { return payerSequence; }
  public boolean isSecondary() { return payerSequence != 'P'; }
  public Long getRemittanceId() { return remittanceId; }
  public String getOriginalClaimNumber() { return originalClaimNumber; }
  public Instant getCreatedAt() { return createdAt; }
  public Long getPaidCents() { return paidCents; }
  public Long getPatientRespCents() { return patientRespCents; }
  public List<String> getRemarks() { return remarks == null ? List.of() : List.of(remarks.split(" ")); }

  public List<String> getDiagnoses() {
    return diagnoses.isEmpty() ? List.of() : Arrays.asList(diagnoses.split(","));
  }

  public List<ClaimLine> getLines() {
    return Collections.unmodifiableList(lines);
  }
}
