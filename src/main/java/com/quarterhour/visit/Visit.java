package com.quarterhour.visit;

import com.quarterhour.identity.Clinician;
import com.quarterhour.reference.Patient;
import com.quarterhour.reference.Payer;
import com.quarterhour.rules.Discipline;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.LineInput;
import com.quarterhour.rules.Score;
import com.quarterhour.rules.ScoringEngine;
import com.quarterhour.rules.Severity;
import com.quarterhour.rules.VisitHistory;
import com.quarterhour.rules.VisitInput;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One treatment session: a patient seen by a clinician on a date of service, billed to a payer.
 * The aggregate keeps its own figures consistent: every change of lines or their coding goes
 * through {@link #rescore}, and every step is recorded as a {@link VisitChanged} for the history.
 */
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
  private Discipline discipline;

  /** The assistant (PTA, COTA) who furnished part of the service; null when the therapist alone did. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "assistant_id")
  private Clinician assistant;

  /** The therapist who supervised the assistant (on a CQ/CO line the claim's rendering provider). */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "supervising_therapist_id")
  private Clinician supervisingTherapist;

  /**
   * The plan of care the visit belongs to (chart feature), by id: the aggregate does not reach into
   * the chart; the services hand it the history the plan makes.
   */
  @Column(name = "plan_of_care_id")
  private Long planOfCareId;

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
  @Size(max = 1000)
  private String returnQuestion;

  /** The supervisor's reason when the visit went back to the coder. */
  @Size(max = 1000)
  private String rejectReason;

  /** Set while a billed visit goes through review again to correct or void its claim; cleared when that claim is sent. */
  @Enumerated(EnumType.STRING)
  private Resubmission resubmission;

  /** Warnings the coder accepted, by finding key ({@link #findingKey}). */
  @ElementCollection
  @CollectionTable(name = "finding_ack", joinColumns = @JoinColumn(name = "visit_id"))
  @MapKeyColumn(name = "finding_key")
  private Map<String, Acknowledgement> acknowledgements = new HashMap<>();

  /** Ids of the findings the engine last reported (any severity), for reporting. */
  @ElementCollection
  @CollectionTable(name = "visit_finding", joinColumns = @JoinColumn(name = "visit_id"))
  @Column(name = "finding_id")
  private Set<String> findingIds = new HashSet<>();

  // Figures of the lines and the engine's last verdict, stored so queues sort and filter by index.
  private int lineCount;
  private int totalMinutes;
  private int totalUnits;
  private int errorCount;
  private int openWarningCount;
  private int warningCount;
  /** The payer's allowed amount for the visit (units × allowed per unit), in cents: the year-to-date adds these up. */
  private long allowedCents;

  private Instant submittedAt;
  private Instant createdAt;
  private Instant updatedAt;

  /** Display name of whoever changed the visit last: the "changed by X" of a refused save. */
  private String updatedBy;

  /** Therapists, coders and supervisors all edit visits: lost updates must fail loudly. */
  @Version private long version;

  /** Steps taken since the last {@link #takeChanges}: the history the saving service publishes. */
  @Transient private final List<VisitChanged> changes = new ArrayList<>();

  /** Errors of the last {@link #rescore} that block the therapist's signature (null: not scored since loading). */
  @Transient private Integer signatureErrorCount;

  /** Keys of the warnings the last {@link #rescore} reported, acknowledged or not. */
  @Transient private Set<String> lastWarningKeys;

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
  public ServiceLine addLine(String cptCode, List<String> modifiers, int minutes, LocalTime start, LocalTime stop) {
    ServiceLine line = new ServiceLine(this, lines.size() + 1, cptCode, modifiers, minutes);
    line.setTimes(start, stop);
    lines.add(line);
    return line;
  }

  /**
   * The therapist documents (or rewrites) their draft or returned visit. Lines are changed in
   * place, added or dropped at the end (so line numbers stay unique within one flush); a line the
   * therapist changed loses the coder's version of it. A new visit records "created" with its
   * lines, a changed one "edited" with old and new.
   */
  public void rewrite(Patient patient, Payer payer, LocalDate dateOfService, Discipline discipline,
      List<DocumentedLine> documented) {
    requireStatus(VisitStatus.DRAFT, VisitStatus.RETURNED);
    boolean created = id == null && lines.isEmpty();
    String before = created ? null : summary();
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
      lines.get(i).split(d.assistantMinutes(), d.togetherMinutes());
    }
    while (lines.size() > documented.size()) {
      lines.remove(lines.size() - 1);
    }
    if (created) {
      changes.add(VisitChanged.field(VisitAction.CREATED, null, null,
          describeLines() + (assistant == null ? "" : "; assistant " + assistantText()), null));
    } else if (!summary().equals(before)) {
      changes.add(VisitChanged.field(VisitAction.EDITED, "Lines", before, summary(), null));
    }
  }

  /**
   * A line as the therapist documents it; with an assistant, how many of its minutes the assistant
   * furnished alone and how many both together.
   */
  public record DocumentedLine(String code, List<String> modifiers, int minutes, LocalTime start, LocalTime stop,
      int assistantMinutes, int togetherMinutes) {

    /** A line the therapist furnished alone. */
    public DocumentedLine(String code, List<String> modifiers, int minutes, LocalTime start, LocalTime stop) {
      this(code, modifiers, minutes, start, stop, 0, 0);
    }
  }

  /**
   * Names the assistant who took part and the therapist who supervised (both null: the therapist
   * alone). A change is in the visit's history. Call before {@link #rewrite}'s lines are scored.
   */
  public void assistedBy(Clinician assistant, Clinician supervisor) {
    requireStatus(VisitStatus.DRAFT, VisitStatus.RETURNED);
    String before = assistantText();
    this.assistant = assistant;
    this.supervisingTherapist = assistant == null ? null : supervisor;
    String after = assistantText();
    boolean created = id == null;
    if (!created && !java.util.Objects.equals(before, after)) {
      changes.add(VisitChanged.field(VisitAction.EDITED, "Assistant", before, after, null));
    }
  }

  /** "Jordan Reyes, PTA, supervised by Dana Ortiz, PT"; null without an assistant. */
  public String assistantText() {
    return assistant == null ? null : assistant.getDisplayName()
        + (supervisingTherapist == null ? "" : ", supervised by " + supervisingTherapist.getDisplayName());
  }

  /**
   * Who furnished each line's minutes, for ASSISTANT_MODIFIER_REQUIRED; null when no assistant took
   * part (then every minute is the therapist's).
   */
  public com.quarterhour.rules.AssistantMinutes assistantMinutes() {
    if (assistant == null) {
      return null;
    }
    int[] minutes = new int[3 * lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      ServiceLine line = lines.get(i);
      minutes[3 * i] = line.getTherapistMinutes();
      minutes[3 * i + 1] = line.getAssistantMinutes();
      minutes[3 * i + 2] = line.getTogetherMinutes();
    }
    return com.quarterhour.rules.AssistantMinutes.of(minutes);
  }

  public Clinician getAssistant() {
    return assistant;
  }

  public Clinician getSupervisingTherapist() {
    return supervisingTherapist;
  }

  /**
   * Scores the visit as it now stands and refreshes every figure stored with it: units per line,
   * line count, minutes, billed units, errors, warnings (open and all), finding ids; an
   * acknowledgement of a warning that is gone no longer applies. The one place these are set.
   */
  public Score rescore(ScoringEngine engine) {
    return rescore(engine, null);
  }

  /**
   * As {@link #rescore(ScoringEngine)}, with what the clinic knows across visits (plan of care, the
   * patient's year, the therapist's day): the edits across visits decide from it.
   */
  public Score rescore(ScoringEngine engine, VisitHistory history) {
    Score score = engine.score(toRuleInput(), history);
    for (int i = 0; i < lines.size(); i++) {
      lines.get(i).setUnits(score.units(i));
    }
    lineCount = lines.size();
    totalMinutes = getTotalMinutes();
    totalUnits = getTotalUnits();
    int errors = 0;
    int signatureErrors = 0;
    Set<String> warningKeys = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (Finding f : score.findings()) {
      ids.add(f.id());
      if (f.severity() == Severity.ERROR) {
        errors++;
        signatureErrors += ScoringEngine.blocksSignature(f.id()) ? 1 : 0;
      } else if (f.severity() == Severity.WARNING) {
        warningKeys.add(findingKey(f.id(), f.lines()));
      }
    }
    errorCount = errors;
    signatureErrorCount = signatureErrors;
    allowedCents = score.allowedCents();
    findingIds.retainAll(ids);
    findingIds.addAll(ids);
    acknowledgements.keySet().retainAll(warningKeys);
    lastWarningKeys = warningKeys;
    openWarningCount = (int) warningKeys.stream().filter(k -> !acknowledgements.containsKey(k)).count();
    warningCount = warningKeys.size();
    return score;
  }

  /** The visit as the rules engine reads it: as billed, under the plan of care's discipline. */
  public VisitInput toRuleInput() {
    return new VisitInput(dateOfService, payer.getUnitMethod(), payer.isMedicare(),
        discipline != null ? discipline : clinician.getDiscipline(), ruleLines());
  }

  /**
   * The coder who holds the visit changes a line's code, modifiers or units, with a reason; each
   * changed field is recorded with its old and new value.
   *
   * @return how many fields changed
   */
  public int recodeLine(Clinician coder, int lineNo, String code, List<String> modifiers, Integer units, String reason) {
    requireHolder(coder);
    ServiceLine line = line(lineNo);
    List<ServiceLine.Difference> diffs = line.differences(code, modifiers, units);
    for (ServiceLine.Difference d : diffs) {
      changes.add(VisitChanged.field(VisitAction.RECODED, "Line " + lineNo + " " + d.field(), d.oldValue(), d.newValue(), reason));
    }
    line.recode(code, modifiers, units);
    return diffs.size();
  }

  /**
   * The coder who holds the visit accepts a current warning, with a reason. Call after
   * {@link #rescore}, so that only a warning the engine reports now can be accepted.
   */
  public void acknowledge(Clinician coder, String findingKey, String reason, Instant at) {
    requireHolder(coder);
    if (!currentWarningKeys().contains(findingKey)) {
      throw new VisitRefusedException("the visit has no such warning now; reload the worksheet");
    }
    if (acknowledgements.put(findingKey, new Acknowledgement(reason, coder.getDisplayName(), at)) == null) {
      openWarningCount--;
    }
    changes.add(VisitChanged.field(VisitAction.ACKNOWLEDGED, findingKey, null, null, reason));
  }

  private Set<String> currentWarningKeys() {
    return lastWarningKeys == null ? Set.of() : lastWarningKeys;
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
      throw new VisitRefusedException("the visit has no line " + lineNo);
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

  /**
   * The therapist signs the session and hands it to coding (again, when it was returned). Coding
   * errors block the signature, paperwork ones (plan of care, authorization) only coding: call after
   * {@link #rescore}.
   */
  public void submit() {
    requireStatus(VisitStatus.DRAFT, VisitStatus.RETURNED);
    int blocking = signatureErrorCount == null ? errorCount : signatureErrorCount;
    if (blocking > 0) {
      throw new VisitRefusedException(blocking + " coding error(s) block the signature; correct them first");
    }
    changes.add(VisitChanged.step(status == VisitStatus.RETURNED ? VisitAction.RESUBMITTED : VisitAction.SUBMITTED, null));
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
      throw new VisitRefusedException("a coder cannot code a visit they treated");
    }
    if (status == VisitStatus.REJECTED && claimedBy != null && !claimedBy.getId().equals(coder.getId())) {
      throw new VisitRefusedException("this rejected visit goes back to " + claimedBy.getDisplayName());
    }
    claimedBy = coder;
    status = VisitStatus.IN_REVIEW;
    changes.add(VisitChanged.step(VisitAction.CLAIMED, null));
  }

  /** The coder who holds the visit sends a question back to the therapist. */
  public void returnToTherapist(Clinician coder, String question) {
    requireHolder(coder);
    returnQuestion = question;
    status = VisitStatus.RETURNED;
    changes.add(VisitChanged.step(VisitAction.RETURNED, question));
  }

  /** The coder who holds the visit has finished it: no errors left, every warning acknowledged. */
  public void markCoded(Clinician coder) {
    requireHolder(coder);
    if (errorCount > 0) {
      throw new VisitRefusedException(errorCount + " coding error(s) remain; correct them before marking the visit coded");
    }
    if (openWarningCount > 0) {
      throw new VisitRefusedException(openWarningCount + " warning(s) are not acknowledged; acknowledge each with a reason first");
    }
    codedBy = coder;
    status = VisitStatus.CODED;
    changes.add(VisitChanged.step(VisitAction.CODED, null));
  }

  /** A supervisor signs off a coded visit: it is ready to bill. Nobody approves their own coding. */
  public void approve(Clinician supervisor) {
    approve(supervisor, null);
  }

  /**
   * Bulk approval: only a visit the engine finds no warning on, acknowledged or not, may be signed
   * without the supervisor reading it.
   */
  public void approveWithoutWarnings(Clinician supervisor) {
    if (warningCount > 0) {
      throw new VisitRefusedException(warningCount + " warning(s) need reading; open it and approve it on its own");
    }
    if (resubmission == Resubmission.VOID) {
      throw new VisitRefusedException("it asks to void a billed claim; open it and approve it on its own");
    }
    approve(supervisor, "bulk approval: no warnings");
  }

  private void approve(Clinician supervisor, String note) {
    requireStatus(VisitStatus.CODED);
    requireNotCoder(supervisor, "approve");
    approvedBy = supervisor;
    rejectReason = null;
    status = VisitStatus.READY_TO_BILL;
    changes.add(VisitChanged.step(VisitAction.APPROVED, note));
  }

  /**
   * The visit leaves as a claim: from ready to bill to billed, the claim's number in its history. A
   * void's claim cancels the one billed before, and the visit is voided.
   */
  public void bill(String claimNumber) {
    requireStatus(VisitStatus.READY_TO_BILL);
    if (resubmission == Resubmission.VOID) {
      status = VisitStatus.VOIDED;
      changes.add(VisitChanged.step(VisitAction.BILLED, "void claim " + claimNumber + " cancels the claim billed before"));
    } else {
      status = VisitStatus.BILLED;
      changes.add(VisitChanged.step(VisitAction.BILLED, (resubmission == null ? "claim " : "replacement claim ") + claimNumber));
    }
    resubmission = null;
  }

  /**
   * The balance the primary left goes to the patient's next insurance: the secondary claim is in
   * the history, and the visit keeps the primary's answer until the secondary's comes.
   */
  public void billSecondary(String claimNumber, String payerName) {
    requireStatus(ANSWERED.toArray(VisitStatus[]::new));
    changes.add(VisitChanged.step(VisitAction.BILLED, "secondary claim " + claimNumber + " to " + payerName));
  }

  /**
   * A coder reopens a billed visit to correct its claim: it goes through coding and approval again
   * (held by this coder), and its next claim replaces the one billed.
   */
  public void reopenForCorrection(Clinician coder, String reason) {
    resubmit(coder, Resubmission.CORRECTION, VisitStatus.IN_REVIEW, null, VisitAction.CORRECTION_OPENED, reason);
  }

  /**
   * A coder asks to cancel a billed visit's claim: the request goes to a supervisor like a coded
   * visit (approve sends the void, reject returns it to this coder).
   */
  public void requestVoid(Clinician coder, String reason) {
    resubmit(coder, Resubmission.VOID, VisitStatus.CODED, coder, VisitAction.VOID_REQUESTED, reason);
  }

  private void resubmit(Clinician coder, Resubmission kind, VisitStatus next, Clinician coded, VisitAction step, String reason) {
    requireResubmittable(coder);
    resubmission = kind;
    claimedBy = coder;
    codedBy = coded;
    approvedBy = null;
    rejectReason = null;
    status = next;
    changes.add(VisitChanged.step(step, reason));
  }

  private void requireResubmittable(Clinician coder) {
    requireStatus(BILLED_OR_ANSWERED.toArray(VisitStatus[]::new));
    if (clinician.getId().equals(coder.getId())) {
      throw new VisitRefusedException("a coder cannot code a visit they treated");
    }
  }

  /** The payer answered the visit's claim (an 835 posted): paid, partially paid or denied, and how, in its history. */
  public void remitted(VisitStatus outcome, String detail) {
    if (!ANSWERED.contains(outcome)) {
      throw new IllegalArgumentException("not a payer's answer: " + outcome);
    }
    if (status != VisitStatus.BILLED && !ANSWERED.contains(status)) {
      requireStatus(VisitStatus.BILLED);
    }
    status = outcome;
    changes.add(VisitChanged.step(VisitAction.REMITTED, outcome.label() + ": " + detail));
  }

  /** A supervisor sends a coded visit back to its coder with a reason. */
  public void reject(Clinician supervisor, String reason) {
    requireStatus(VisitStatus.CODED);
    requireNotCoder(supervisor, "reject");
    rejectReason = reason;
    status = VisitStatus.REJECTED;
    changes.add(VisitChanged.step(VisitAction.REJECTED, reason));
  }

  private void requireHolder(Clinician coder) {
    requireStatus(VisitStatus.IN_REVIEW);
    if (claimedBy == null || !claimedBy.getId().equals(coder.getId())) {
      throw new VisitRefusedException(
          "the visit is held by " + (claimedBy == null ? "nobody" : claimedBy.getDisplayName()) + ", not by you");
    }
  }

  private void requireNotCoder(Clinician supervisor, String verb) {
    if (codedBy != null && codedBy.getId().equals(supervisor.getId())) {
      throw new VisitRefusedException("a supervisor cannot " + verb + " a visit they coded");
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
    throw new VisitRefusedException("the visit is " + status.label() + "; this needs it " + expected);
  }

  /** The steps recorded since the last call, with the visit's id; the list starts empty again. */
  public List<VisitChanged> takeChanges() {
    List<VisitChanged> out = new ArrayList<>(changes.size());
    for (VisitChanged c : changes) {
      out.add(c.of(id));
    }
    changes.clear();
    return out;
  }

  /** "97110 GP 33 min, 97140 GP 7 min": the lines as the history shows them. */
  public String describeLines() {
    StringBuilder out = new StringBuilder();
    for (ServiceLine line : lines) {
      out.append(out.length() == 0 ? "" : ", ").append(line.describe());
    }
    return out.toString();
  }

  /** Date, payer and lines: what an edit by the therapist is compared on. */
  private String summary() {
    return dateOfService + ", " + payer.getName() + ": " + describeLines();
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

  /** The plan of care the visit belongs to, or null. */
  public Long getPlanOfCareId() {
    return planOfCareId;
  }

  /** Files the visit under a plan of care (of the patient and discipline: the service checks). */
  public void belongTo(Long planOfCareId) {
    this.planOfCareId = planOfCareId;
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

  public Discipline getDiscipline() {
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

  /** Errors of the last scoring that block the therapist's signature (all errors when not scored since loading). */
  public int getSignatureErrorCount() {
    return signatureErrorCount == null ? errorCount : signatureErrorCount;
  }

  /**
   * Approved and on its way to the payer or past it: the history no longer rescores these (they keep
   * the verdict and amounts they were approved with).
   */
  public static final Set<VisitStatus> FINISHED = java.util.EnumSet.of(VisitStatus.READY_TO_BILL, VisitStatus.BILLED,
      VisitStatus.PAID, VisitStatus.PARTIALLY_PAID, VisitStatus.DENIED, VisitStatus.VOIDED);

  /** Billed, and perhaps answered: the visit has a claim. */
  public static final Set<VisitStatus> BILLED_OR_ANSWERED = java.util.EnumSet.of(VisitStatus.BILLED, VisitStatus.PAID,
      VisitStatus.PARTIALLY_PAID, VisitStatus.DENIED);

  /** The states a payer's remittance puts a billed visit in. */
  public static final Set<VisitStatus> ANSWERED = java.util.EnumSet.of(VisitStatus.PAID, VisitStatus.PARTIALLY_PAID, VisitStatus.DENIED);

  /** States the year-to-date of a patient's later visits leaves out: drafts, rejected and voided visits. */
  public static final Set<VisitStatus> LEFT_OUT_OF_YEAR_TO_DATE = java.util.EnumSet.of(VisitStatus.DRAFT, VisitStatus.REJECTED,
      VisitStatus.VOIDED);

  /** Whether the year-to-date of the patient's later visits counts this one. */
  public boolean countsTowardYearToDate() {
    return !LEFT_OUT_OF_YEAR_TO_DATE.contains(status);
  }

  public long getAllowedCents() {
    return allowedCents;
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

  /** Ids of the findings the last scoring reported, any severity. */
  public Set<String> getFindingIds() {
    return Collections.unmodifiableSet(findingIds);
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

  public Resubmission getResubmission() {
    return resubmission;
  }

  public String getRejectReason() {
    return rejectReason;
  }

  /**
   * Whether a caller may see this visit: a therapist with no other role only the visits they
   * treated; coders, supervisors and admins every visit.
   *
   * @param callerInRole the caller's role check (SessionContext::isCallerInRole)
   */
  public boolean isVisibleTo(String username, java.util.function.Predicate<String> callerInRole) {
    return !com.quarterhour.identity.Roles.seesOnlyOwnVisits(callerInRole) || clinician.getUsername().equals(username);
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
