package com.quarterhour.chart.web;

import com.quarterhour.chart.Authorizations;
import com.quarterhour.chart.Charts;
import com.quarterhour.chart.PlansOfCare;
import com.quarterhour.portal.web.Feedback;
import com.quarterhour.portal.web.PagedRows;
import com.quarterhour.reference.PatientEvent;
import com.quarterhour.reference.PatientRegistry;
import com.quarterhour.reference.Physician;
import com.quarterhour.reference.web.PatientForm;
import com.quarterhour.reference.web.PolicyForm;
import com.quarterhour.reference.Payer;
import com.quarterhour.reference.Physicians;
import com.quarterhour.reference.ReferenceData;
import com.quarterhour.rules.Discipline;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Backs chart.xhtml: a patient's chart (plans of care, visits a page at a time); the admin opens a
 * plan and records the physician's signature, a therapist records a progress report.
 */
@Named
@ViewScoped
public class ChartView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Charts charts;
  @Inject private PlansOfCare plans;
  @Inject private Physicians physicians;
  @Inject private Authorizations authorizations;
  @Inject private ReferenceData referenceData;
  @Inject private PatientRegistry registry;

  private Long patientId;
  private Charts.Chart chart;
  private PagedRows<Charts.VisitRow> visits;
  private PagedRows<PatientEvent> history;

  // Demographics and insurance (admin).
  private PatientForm details;
  private PolicyForm policy = new PolicyForm();
  private Long endPolicyId;
  private LocalDate policyLastDay;

  // Opening a plan (admin).
  private Discipline discipline;
  private LocalDate firstTreatment;
  private Long physicianId;
  private String diagnoses;
  private String frequency;
  private String goals;

  // Signing a certification (admin) or writing a progress report (therapist), per plan.
  private Long planId;
  private LocalDate signedOn;
  private LocalDate certifiedThrough;
  private LocalDate reportWrittenOn;

  // Recording an authorization (admin).
  private Long authPayerId;
  private Discipline authDiscipline;
  private String authNumber;
  private Integer authVisits;
  private LocalDate authFrom;
  private LocalDate authThrough;

  /** Reads the chart the page's patient parameter names (nothing when it does not exist or may not be seen). */
  public void load() {
    chart = patientId == null ? null : charts.chartOf(patientId).orElse(null);
    if (chart != null) {
      Long id = chart.patientId();
      visits = new PagedRows<>(() -> charts.visitCount(id), (first, size) -> charts.visits(id, first, size), Charts.VisitRow::id);
      history = new PagedRows<>(() -> charts.historyCount(id), (first, size) -> charts.history(id, first, size), PatientEvent::getId);
      details = PatientForm.of(chart.details());
    }
  }

  /** The admin saves the demographics form; each changed field is a line of the patient's history. */
  public void saveDetails() {
    int[] changed = new int[1];
    if (Feedback.attempt(() -> changed[0] = registry.update(patientId, chart.version(), details.toDetails()),
        "The patient's details are saved.")) {
      Feedback.info(changed[0] == 0 ? "Nothing was different." : changed[0] + " field(s) changed.");
      load();
    }
  }

  public void addPolicy() {
    if (Feedback.attempt(() -> registry.addPolicy(policy.toPolicy(patientId)), "The insurance policy is added.")) {
      policy = new PolicyForm();
      load();
    }
  }

  public void endPolicy() {
    if (Feedback.attempt(() -> registry.endPolicy(endPolicyId, policyLastDay), "The insurance policy is ended.")) {
      policyLastDay = null;
      load();
    }
  }

  public void openPlan() {
    List<String> codes = diagnoses == null ? List.of()
        : Arrays.stream(diagnoses.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    var plan = new PlansOfCare.NewPlan(patientId, discipline, firstTreatment, physicianId, codes, frequency, goals);
    if (Feedback.attempt(() -> plans.open(plan), "The plan of care is open.")) {
      discipline = null;
      firstTreatment = null;
      physicianId = null;
      diagnoses = null;
      frequency = null;
      goals = null;
      load();
    }
  }

  /** The admin records the physician's signature on the plan chosen; its open visits are scored again. */
  public void certify() {
    int[] rescored = new int[1];
    if (Feedback.attempt(() -> rescored[0] = plans.certify(planId, signedOn, certifiedThrough),
        "The certification is recorded.")) {
      Feedback.info(rescored[0] + " open visit(s) of the plan scored again.");
      signedOn = null;
      certifiedThrough = null;
      load();
    }
  }

  /** The admin records a signed recertification from the signature fields: it covers from the day after the current one ends. */
  public void recertify() {
    int[] rescored = new int[1];
    if (Feedback.attempt(() -> rescored[0] = plans.recertify(planId, signedOn, certifiedThrough),
        "The recertification is recorded.")) {
      Feedback.info(rescored[0] + " open visit(s) of the plan scored again.");
      signedOn = null;
      certifiedThrough = null;
      load();
    }
  }

  public void reportProgress() {
    if (Feedback.attempt(() -> plans.reportProgress(planId, reportWrittenOn), "The progress report is recorded.")) {
      reportWrittenOn = null;
      load();
    }
  }

  public void addAuthorization() {
    var a = new Authorizations.NewAuthorization(patientId, authPayerId, authDiscipline, authNumber, authVisits, authFrom, authThrough);
    if (Feedback.attempt(() -> authorizations.add(a), "The authorization is recorded.")) {
      authPayerId = null;
      authDiscipline = null;
      authNumber = null;
      authVisits = null;
      authFrom = null;
      authThrough = null;
      load();
    }
  }

  public List<Payer> getPayers() {
    return referenceData.payers();
  }

  public List<Discipline> getDisciplines() {
    return List.of(Discipline.values());
  }

  /** How many physicians the plan form offers; the page says so when there are more. */
  private static final int PHYSICIAN_CHOICES = 200;

  /** Physicians to choose the certifying one from: the first {@link #PHYSICIAN_CHOICES} by name. */
  public List<Physician> getPhysicians() {
    return physicians.page(0, PHYSICIAN_CHOICES);
  }

  /** More physicians are registered than the form offers (the page names the limit: no silent cap). */
  public boolean isPhysiciansCapped() {
    return physicians.count() > PHYSICIAN_CHOICES;
  }

  public int getPhysicianChoices() {
    return PHYSICIAN_CHOICES;
  }

  public Charts.Chart getChart() { return chart; }
  public PagedRows<PatientEvent> getHistory() { return history; }
  public PatientForm getDetails() { return details; }
  public PolicyForm getPolicy() { return policy; }
  public Long getEndPolicyId() { return endPolicyId; }
  public void setEndPolicyId(Long endPolicyId) { this.endPolicyId = endPolicyId; }
  public LocalDate getPolicyLastDay() { return policyLastDay; }
  public void setPolicyLastDay(LocalDate policyLastDay) { this.policyLastDay = policyLastDay; }
  public PagedRows<Charts.VisitRow> getVisits() { return visits; }
  public Long getPatientId() { return patientId; }
  public void setPatientId(Long patientId) { this.patientId = patientId; }
  public Discipline getDiscipline() { return discipline; }
  public void setDiscipline(Discipline discipline) { this.discipline = discipline; }
  public LocalDate getFirstTreatment() { return firstTreatment; }
  public void setFirstTreatment(LocalDate firstTreatment) { this.firstTreatment = firstTreatment; }
  public Long getPhysicianId() { return physicianId; }
  public void setPhysicianId(Long physicianId) { this.physicianId = physicianId; }
  public String getDiagnoses() { return diagnoses; }
  public void setDiagnoses(String diagnoses) { this.diagnoses = diagnoses; }
  public String getFrequency() { return frequency; }
  public void setFrequency(String frequency) { this.frequency = frequency; }
  public String getGoals() { return goals; }
  public void setGoals(String goals) { this.goals = goals; }
  public Long getPlanId() { return planId; }
  public void setPlanId(Long planId) { this.planId = planId; }
  public LocalDate getSignedOn() { return signedOn; }
  public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
  public LocalDate getCertifiedThrough() { return certifiedThrough; }
  public void setCertifiedThrough(LocalDate certifiedThrough) { this.certifiedThrough = certifiedThrough; }
  public LocalDate getReportWrittenOn() { return reportWrittenOn; }
  public Long getAuthPayerId() { return authPayerId; }
  public void setAuthPayerId(Long authPayerId) { this.authPayerId = authPayerId; }
  public Discipline getAuthDiscipline() { return authDiscipline; }
  public void setAuthDiscipline(Discipline authDiscipline) { this.authDiscipline = authDiscipline; }
  public String getAuthNumber() { return authNumber; }
  public void setAuthNumber(String authNumber) { this.authNumber = authNumber; }
  public Integer getAuthVisits() { return authVisits; }
  public void setAuthVisits(Integer authVisits) { this.authVisits = authVisits; }
  public LocalDate getAuthFrom() { return authFrom; }
  public void setAuthFrom(LocalDate authFrom) { this.authFrom = authFrom; }
  public LocalDate getAuthThrough() { return authThrough; }
  public void setAuthThrough(LocalDate authThrough) { this.authThrough = authThrough; }
  public void setReportWrittenOn(LocalDate reportWrittenOn) { this.reportWrittenOn = reportWrittenOn; }
}
