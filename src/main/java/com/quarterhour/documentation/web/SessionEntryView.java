package com.quarterhour.documentation.web;

import com.quarterhour.identity.ClinicianDirectory;
import com.quarterhour.rules.Discipline;
import com.quarterhour.identity.Clinician;
import com.quarterhour.reference.Payer;
import com.quarterhour.visit.FieldProblem;
import com.quarterhour.visit.InvalidVisitException;
import com.quarterhour.chart.Authorizations;
import com.quarterhour.chart.PlansOfCare;
import com.quarterhour.documentation.service.NewVisit;
import com.quarterhour.reference.PatientChoice;
import com.quarterhour.visit.ScoreReport;
import com.quarterhour.documentation.service.VisitScoring;
import com.quarterhour.documentation.service.VisitForm;
import com.quarterhour.documentation.service.VisitService;
import com.quarterhour.reference.ReferenceData;
import com.quarterhour.visit.WorkflowException;
import com.quarterhour.portal.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Backs therapist/visit.xhtml: a new treatment session with its lines. */
@Named
@ViewScoped
public class SessionEntryView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int FIRST_LINES = 2;

  @Inject private VisitService visits;
  @Inject private ReferenceData reference;
  @Inject private VisitScoring scoring;
  @Inject private ClinicianDirectory clinicians;
  @Inject private Authorizations authorizationsOnFile;
  @Inject private PlansOfCare plansOfCare;

  private PatientChoice patient;
  private List<Payer> payers;
  private Long patientId;
  private Long payerId;
  private LocalDate dateOfService;
  private final List<LineRow> lines = new ArrayList<>();
  private Discipline discipline;
  private Long assistantId;
  /** The plan of care chosen; null: the patient's plan of the discipline open on the date. */
  private Long planId;
  private List<PlansOfCare.PlanChoice> plans = List.of();
  /** Assistants of the session's discipline, read when the discipline is set (not on every render). */
  private List<Clinician> assistants = List.of();
  private ScoreReport score;
  /** The chosen patient's authorizations, read when the patient is chosen (not on every keystroke). */
  private List<Authorizations.Row> authorizations = List.of();

  // Set when the therapist edits a stored draft or returned visit (?id=).
  private Long visitId;
  private VisitForm editing;

  @PostConstruct
  void init() {
    payers = reference.payers();
    discipline = clinicians.findByUsername(clinicians.callerName()).map(Clinician::getDiscipline).orElse(null);
    assistants = clinicians.assistants(discipline);
    for (int i = 0; i < FIRST_LINES; i++) {
      lines.add(newRow());
    }
    rescore();
  }

  /** Called by the page's viewAction: fills the form from the visit named by ?id=, if any. */
  public void load() {
    if (visitId == null || editing != null) {
      return;
    }
    try {
      editing = visits.forEditing(visitId);
    } catch (WorkflowException refused) {
      Feedback.error(refused.getMessage());
      visitId = null;
      return;
    }
    patientId = editing.patientId();
    patient = reference.patientChoice(patientId).orElse(null);
    payerId = editing.payerId();
    dateOfService = editing.dateOfService();
    assistantId = editing.assistantId();
    planId = editing.planId();
    if (editing.discipline() != null) {
      discipline = editing.discipline();
      assistants = clinicians.assistants(discipline);
    }
    lines.clear();
    for (NewVisit.NewLine line : editing.lines()) {
      LineRow row = new LineRow(line.modifiers());
      row.setCode(line.code());
      row.setMinutes(line.minutes());
      row.setStart(line.start());
      row.setStop(line.stop());
      row.setAssistantMinutes(line.assistantMinutes());
      row.setTogetherMinutes(line.togetherMinutes());
      lines.add(row);
    }
    readPatientsFiles();
    rescore();
  }

  /** The patient was chosen: their authorizations and plans are read once, then the session is scored. */
  public void patientChosen() {
    planId = null;
    readPatientsFiles();
    rescore();
  }

  /** Another discipline: its plans are offered, the open one taken unless the therapist chooses. */
  public void disciplineChosen() {
    planId = null;
    assistants = clinicians.assistants(discipline);
    plans = plansOfCare.choicesFor(patientId, discipline);
    rescore();
  }

  private void readPatientsFiles() {
    authorizations = patientId == null ? List.of() : authorizationsOnFile.of(patientId);
    plans = plansOfCare.choicesFor(patientId, discipline);
  }

  /** The patient's plans of care of the session's discipline. */
  public List<PlansOfCare.PlanChoice> getPlans() {
    return plans;
  }

  public Long getPlanId() {
    return planId;
  }

  public void setPlanId(Long planId) {
    this.planId = planId;
  }

  /** The patient's authorizations with the chosen payer (all of them while none is chosen). */
  public List<Authorizations.Row> getAuthorizations() {
    Payer payer = payers.stream().filter(y -> y.getId().equals(payerId)).findFirst().orElse(null);
    return authorizations.stream().filter(a -> payer == null || a.payer().equals(payer.getName())).toList();
  }

  /** Assistants (PTA for PT, COTA for OT) who may take part in a session of the chosen discipline. */
  public List<Clinician> getAssistants() {
    return assistants;
  }

  private LineRow newRow() {
    return new LineRow(discipline == null ? null : discipline.modifier());
  }

  /** Units, explanation and findings of what is typed so far (AJAX, on every change). */
  public void rescore() {
    score = scoring.preview(form(false), discipline);
  }

  public ScoreReport getScore() {
    return score;
  }

  /** Units of the row at the index, or null while the row has no code and minutes yet. */
  public Integer unitsOf(int row) {
    int k = 0;
    for (int i = 0; i < lines.size(); i++) {
      LineRow r = lines.get(i);
      Integer minutes = new NewVisit.NewLine(r.getCode(), r.getModifiers(), r.getMinutes(), r.getStart(), r.getStop()).effectiveMinutes();
      boolean scored = r.getCode() != null && !r.getCode().isBlank() && minutes != null && minutes >= 0;
      if (i == row) {
        return scored && k < score.units().size() ? score.units().get(k) : null;
      }
      if (scored) {
        k++;
      }
    }
    return null;
  }

  private NewVisit form(boolean submit) {
    List<NewVisit.NewLine> input = new ArrayList<>();
    for (LineRow row : lines) {
      input.add(new NewVisit.NewLine(row.getCode(), row.getModifiers(), row.getMinutes(), row.getStart(), row.getStop(),
          row.getAssistantMinutes(), row.getTogetherMinutes()));
    }
    return new NewVisit(patientId, payerId, dateOfService, discipline, input, submit, assistantId, planId);
  }

  /**
   * Lines are required only when the form is saved, so that "Add line" and "Remove line" work
   * on a half-filled table without error messages.
   */
  public boolean isSaving() {
    var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    return params.containsKey("visit-form:save-draft") || params.containsKey("visit-form:submit");
  }

  /** Adds an empty line, up to the most a visit may have (the button is disabled there too). */
  public void addLine() {
    if (lines.size() < com.quarterhour.rules.Limits.MAX_LINES) {
      lines.add(newRow());
    }
  }

  public void removeLine(LineRow row) {
    lines.remove(row);
    rescore();
  }

  public String saveDraft() {
    return save(false);
  }

  public String submit() {
    return save(true);
  }

  private String save(boolean submit) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      Long id = editing == null ? visits.record(form(submit)) : update(submit);
      faces.getExternalContext().getFlash().setKeepMessages(true);
      faces.addMessage(
          null,
          new FacesMessage(
              "Visit " + id + (submit ? " submitted to coding." : " saved as a draft.")));
      return "/therapist/index.xhtml?faces-redirect=true";
    } catch (WorkflowException refused) {
      Feedback.error(refused.getMessage());
      faces.validationFailed();
      return null;
    } catch (InvalidVisitException e) {
      // The form's validators catch these first; the service's check is the last line of defence.
      for (FieldProblem p : e.getProblems()) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, p.message(), null));
      }
      faces.validationFailed();
      rescore();
      return null;
    }
  }

  private Long update(boolean submit) throws WorkflowException, InvalidVisitException {
    visits.update(editing.id(), editing.version(), form(submit));
    return editing.id();
  }

  /** The plan of care's discipline: the therapist's own unless they choose another. */
  public Discipline getDiscipline() {
    return discipline;
  }

  public void setDiscipline(Discipline discipline) {
    this.discipline = discipline;
  }

  public Long getAssistantId() {
    return assistantId;
  }

  public void setAssistantId(Long assistantId) {
    this.assistantId = assistantId;
  }

  public Discipline[] getDisciplines() {
    return Discipline.values();
  }

  public Long getVisitId() {
    return visitId;
  }

  public void setVisitId(Long visitId) {
    this.visitId = visitId;
  }

  /** The stored visit being edited, or null for a new session. */
  public VisitForm getEditing() {
    return editing;
  }

  /** The patient search (type part of a name or the MRN). */
  public List<PatientChoice> findPatients(String text) {
    return reference.findPatients(text);
  }

  public PatientChoice getPatient() {
    return patient;
  }

  public void setPatient(PatientChoice patient) {
    this.patient = patient;
    this.patientId = patient == null ? null : patient.id();
  }

  public List<Payer> getPayers() {
    return payers;
  }

  public Long getPatientId() {
    return patientId;
  }

  public void setPatientId(Long patientId) {
    this.patientId = patientId;
  }

  public Long getPayerId() {
    return payerId;
  }

  public void setPayerId(Long payerId) {
    this.payerId = payerId;
  }

  public LocalDate getDateOfService() {
    return dateOfService;
  }

  public void setDateOfService(LocalDate dateOfService) {
    this.dateOfService = dateOfService;
  }

  public List<LineRow> getLines() {
    return lines;
  }
}
