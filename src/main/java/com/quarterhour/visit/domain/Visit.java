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
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.MapKeyColumn;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

  /** The plan of care's discipline; GP/GO/GN follow it. Null when neither visit nor clinician has one. */
  @Enumerated(EnumType.STRING)
  private com.quarterhour.rules.Discipline discipline;

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

  /** Warnings the coder accepted, by finding key ({@link #findingKey}). */
  @ElementCollection
  @CollectionTable(name = "finding_ack", joinColumns = @JoinColumn(name = "visit_id"))
  @MapKeyColumn(name = "finding_key")
  private Map<String, Acknowledgement> acknowledgements = new HashMap<>();

  /** Ids of the findings the engine last reported (any severity), for reporting. */
  @ElementCollection
  @CollectionTable(name = "visit_finding", joinColumns = @JoinColumn(name = "visit_id"))
  @jakarta.persistence.Column(name = "finding_id")
  private java.util.Set<String> findingIds = new java.util.HashSet<>();

  // Figures of the lines and the engine's last verdict, stored so queues sort and filter by index.
  private int lineCount;
  private int totalMinutes;
  private int totalUnits;
  private int errorCount;
  private int openWarningCount;
  private int warningCount;

  private Instant submittedAt;
  private Instant createdAt;
  private Instant updatedAt;

  /** Display name of whoever changed the visit last: the "changed by X" of a refused save. */
  private String updatedBy;

  /** Therapists, coders and supervisors all edit visits: lost updates must fail loudly. */
  @Version private long version;

  protected Visit() {}

  public Visit(Patient patient, Clinician clinician, Payer payer, LocalDate dateOfService) {
    this.patient = patient;
    this.clinician = clinician;
    this.payer = payer;
    this.dateOfService = dateOfService;
    this.discipline = clinician.getDiscipline();
    this.status = VisitStatus.DRAFT;
  }

  public ServiceLine addLine(String cptCode, List<String> modifiers, int minutes) {
    return addLine(cptCode, modifiers, minutes, null, null);
  }

  /** A line with its start and stop times (both null when only minutes were documented). */
  public ServiceLine addLine(String cptCode, List<String> modifiers, int minutes, java.time.LocalTime start, java.time.LocalTime stop) {
    ServiceLine line = new ServiceLine(this, lines.size() + 1, cptCode, modifiers, minutes);
    line.setTimes(start, stop);
    lines.add(line);
    return line;
  }

  /**
   * The therapist rewrites their draft or returned visit. Lines are changed in place, added or
   * dropped at the end (so line numbers stay unique within one flush); a line the therapist changed
   * loses the coder's version of it.
   */
  public void rewrite(Patient patient, Payer payer, LocalDate dateOfService, com.quarterhour.rules.Discipline discipline,
      List<DocumentedLine> documented) {
    requireStatus(VisitStatus.DRAFT, VisitStatus.RETURNED);
    if (discipline != null) {
      this.discipline = discipline;
    }
    this.patient = patient;
    this.payer = payer;
    this.dateOfService = dateOfService;
    for (int i = 0; i < documented.size(); i++) {
      DocumentedLine d = documented.get(i);
      if (i < lines.size()) {
        lines.get(i).document(d.code(), d.modifiers(), d.minutes(), d.start(), d.stop());
      } else {
        addLine(d.code(), d.modifiers(), d.minutes(), d.start(), d.stop());
      }
    }
    while (lines.size() > documented.size()) {
      lines.remove(lines.size() - 1);
    }
  }

  /** A line as the therapist documents it. */
  public record DocumentedLine(String code, List<String> modifiers, int minutes, java.time.LocalTime start, java.time.LocalTime stop) {}

  /** Recomputes every line's units with the payer's unit method, and the visit's totals. */
  public void computeUnits(UnitCalculator calculator) {
    UnitAllocation allocation = calculator.allocate(payer.getUnitMethod(), ruleLines());
    for (int i = 0; i < lines.size(); i++) {
      lines.get(i).setUnits(allocation.units(i));
    }
    lineCount = lines.size();
    totalMinutes = getTotalMinutes();
    totalUnits = getTotalUnits();
  }

  /**
   * Keeps the engine's verdict with the visit: errors, and warnings nobody acknowledged yet.
   *
   * @param warningKeys the {@link #findingKey}s of the current warnings
   * @param ids the ids of all current findings
   */
  public void recordFindings(int errors, Collection<String> warningKeys, Collection<String> ids) {
    errorCount = errors;
    findingIds.retainAll(ids);
    findingIds.addAll(ids);
    // An acknowledgement of a warning that is gone (the coder fixed the line) no longer applies.
    acknowledgements.keySet().retainAll(warningKeys);
    openWarningCount = (int) warningKeys.stream().filter(k -> !acknowledgements.containsKey(k)).count();
    warningCount = warningKeys.size();
  }

  /** The coder who holds the visit changes a line's code, modifiers or units. */
  public void recodeLine(Clinician coder, int lineNo, String code, List<String> modifiers, Integer units) {
    requireHolder(coder);
    line(lineNo).recode(code, modifiers, units);
  }

  /** The coder who holds the visit accepts a warning, with a reason. */
  public void acknowledge(Clinician coder, String findingKey, String reason, Instant at) {
    requireHolder(coder);
    acknowledgements.put(findingKey, new Acknowledgement(reason, coder.getDisplayName(), at));
  }

  /** "NCCI_PTP_MODIFIER_ALLOWED:1,2": a finding's id and the lines it names, stable across saves. */
  public static String findingKey(String findingId, List<Integer> lineNos) {
    StringBuilder key = new StringBuilder(findingId).append(':');
    for (int i = 0; i < lineNos.size(); i++) {
      key.append(i == 0 ? "" : ",").append(lineNos.get(i));
    }
    return key.toString();
  }

  public ServiceLine line(int lineNo) {
    if (lineNo < 1 || lineNo > lines.size()) {
      throw new IllegalStateException("the visit has no line " + lineNo);
    }
    return lines.get(lineNo - 1);
  }

  /** Marks who changed the visit; also makes every change bump the version, lines included. */
  public void touch(String byName) {
    updatedBy = byName;
    updatedAt = Instant.now();
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
    submittedAt = Instant.now();
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

  /** The coder who holds the visit has finished it: no errors left, every warning acknowledged. */
  public void markCoded(Clinician coder) {
    requireHolder(coder);
    if (errorCount > 0) {
      throw new IllegalStateException(errorCount + " coding error(s) remain; correct them before marking the visit coded");
    }
    if (openWarningCount > 0) {
      throw new IllegalStateException(openWarningCount + " warning(s) are not acknowledged; acknowledge each with a reason first");
    }
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

  public com.quarterhour.rules.Discipline getDiscipline() {
    return discipline;
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

  /** Units as billed: the coder's where they set them by hand. */
  public int getTotalUnits() {
    return lines.stream().mapToInt(ServiceLine::getBilledUnits).sum();
  }

  public int getErrorCount() {
    return errorCount;
  }

  /** Warnings, acknowledged or not. */
  public int getWarningCount() {
    return warningCount;
  }

  public int getOpenWarningCount() {
    return openWarningCount;
  }

  public Map<String, Acknowledgement> getAcknowledgements() {
    return Collections.unmodifiableMap(acknowledgements);
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
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
