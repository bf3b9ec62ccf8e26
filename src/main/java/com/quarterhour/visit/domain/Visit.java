package com.quarterhour.visit.domain;

import com.quarterhour.rules.LineInput;
import com.quarterhour.rules.UnitAllocation;
import com.quarterhour.rules.UnitCalculator;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One treatment session: a patient seen by a clinician on a date of service, billed to a payer. */
@Entity
public class Visit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "clinician_id")
  private Clinician clinician;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "payer_id")
  private Payer payer;

  @NotNull private LocalDate dateOfService;

  @NotNull
  @Enumerated(EnumType.STRING)
  private VisitStatus status;

  @Valid
  @NotEmpty
  @OneToMany(mappedBy = "visit", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("lineNo")
  private List<ServiceLine> lines = new ArrayList<>();

  /** The coder working the visit (IN_REVIEW) or who last did. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "claimed_by_id")
  private Clinician claimedBy;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "coded_by_id")
  private Clinician codedBy;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "approved_by_id")
  private Clinician approvedBy;

  /** The coder's question when the visit went back to the therapist. */
  @jakarta.validation.constraints.Size(max = 1000)
  private String returnQuestion;

  /** The supervisor's reason when the visit went back to the coder. */
  @jakarta.validation.constraints.Size(max = 1000)
  private String rejectReason;

  private Instant createdAt;
  private Instant updatedAt;

  /** Therapists, coders and supervisors all edit visits: lost updates must fail loudly. */
  @Version private long version;

  protected Visit() {}

  public Visit(Patient patient, Clinician clinician, Payer payer, LocalDate dateOfService) {
    this.patient = patient;
    this.clinician = clinician;
    this.payer = payer;
    this.dateOfService = dateOfService;
    this.status = VisitStatus.DRAFT;
  }

  public ServiceLine addLine(String cptCode, List<String> modifiers, int minutes) {
    ServiceLine line = new ServiceLine(this, lines.size() + 1, cptCode, modifiers, minutes);
    lines.add(line);
    return line;
  }

  /** Recomputes every line's units with the payer's unit method. */
  public void computeUnits(UnitCalculator calculator) {
    UnitAllocation allocation = calculator.allocate(payer.getUnitMethod(), ruleLines());
    for (int i = 0; i < lines.size(); i++) {
      lines.get(i).setUnits(allocation.units(i));
    }
  }

  /** The lines as the rules engine reads them, in entry order. */
  public List<LineInput> ruleLines() {
    List<LineInput> in = new ArrayList<>(lines.size());
    for (ServiceLine line : lines) {
      in.add(line.toRuleInput());
    }
    return in;
  }

  /** The therapist signs the session and hands it to coding. */
  public void submit() {
    requireStatus(VisitStatus.DRAFT, VisitStatus.RETURNED);
    status = VisitStatus.SUBMITTED;
  }

  /**
   * A coder takes a submitted (or, after a rejection, their rejected) visit; nobody codes a visit
   * they treated themselves.
   */
  public void claim(Clinician coder) {
    requireStatus(VisitStatus.SUBMITTED, VisitStatus.REJECTED);
    if (clinician.getId().equals(coder.getId())) {
      throw new IllegalStateException("a coder cannot code a visit they treated");
    }
    if (status == VisitStatus.REJECTED && claimedBy != null && !claimedBy.getId().equals(coder.getId())) {
      throw new IllegalStateException("this rejected visit goes back to " + claimedBy.getDisplayName());
    }
    claimedBy = coder;
    status = VisitStatus.IN_REVIEW;
  }

  /** The coder who holds the visit sends a question back to the therapist. */
  public void returnToTherapist(Clinician coder, String question) {
    requireHolder(coder);
    returnQuestion = question;
    status = VisitStatus.RETURNED;
  }

  /** The coder who holds the visit has finished it. */
  public void markCoded(Clinician coder) {
    requireHolder(coder);
    codedBy = coder;
    status = VisitStatus.CODED;
  }

  /** A supervisor signs off a coded visit: it is ready to bill. Nobody approves their own coding. */
  public void approve(Clinician supervisor) {
    requireStatus(VisitStatus.CODED);
    requireNotCoder(supervisor, "approve");
    approvedBy = supervisor;
    rejectReason = null;
    status = VisitStatus.READY_TO_BILL;
  }

  /** A supervisor sends a coded visit back to its coder with a reason. */
  public void reject(Clinician supervisor, String reason) {
    requireStatus(VisitStatus.CODED);
    requireNotCoder(supervisor, "reject");
    rejectReason = reason;
    status = VisitStatus.REJECTED;
  }

  private void requireHolder(Clinician coder) {
    requireStatus(VisitStatus.IN_REVIEW);
    if (claimedBy == null || !claimedBy.getId().equals(coder.getId())) {
      throw new IllegalStateException(
          "the visit is held by " + (claimedBy == null ? "nobody" : claimedBy.getDisplayName()) + ", not by you");
    }
  }

  private void requireNotCoder(Clinician supervisor, String verb) {
    if (codedBy != null && codedBy.getId().equals(supervisor.getId())) {
      throw new IllegalStateException("a supervisor cannot " + verb + " a visit they coded");
    }
  }

  private void requireStatus(VisitStatus... allowed) {
    for (VisitStatus s : allowed) {
      if (status == s) {
        return;
      }
    }
    StringBuilder expected = new StringBuilder();
    for (VisitStatus s : allowed) {
      expected.append(expected.length() == 0 ? "" : " or ").append(s.label());
    }
    throw new IllegalStateException("the visit is " + status.label() + "; this needs it " + expected);
  }

  @PrePersist
  void onCreate() {
    createdAt = Instant.now();
    updatedAt = createdAt;
  }

  @PreUpdate
  void onUpdate() {
    updatedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Patient getPatient() {
    return patient;
  }

  public Clinician getClinician() {
    return clinician;
  }

  public Payer getPayer() {
    return payer;
  }

  public LocalDate getDateOfService() {
    return dateOfService;
  }

  public VisitStatus getStatus() {
    return status;
  }

  public List<ServiceLine> getLines() {
    return Collections.unmodifiableList(lines);
  }

  public int getTotalMinutes() {
    return lines.stream().mapToInt(ServiceLine::getMinutes).sum();
  }

  public int getTotalUnits() {
    return lines.stream().mapToInt(ServiceLine::getUnits).sum();
  }

  public Clinician getClaimedBy() {
    return claimedBy;
  }

  public Clinician getCodedBy() {
    return codedBy;
  }

  public Clinician getApprovedBy() {
    return approvedBy;
  }

  public String getReturnQuestion() {
    return returnQuestion;
  }

  public String getRejectReason() {
    return rejectReason;
  }

  /** The therapist of the visit may still change it. */
  public boolean isEditableByTherapist() {
    return status == VisitStatus.DRAFT || status == VisitStatus.RETURNED;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
