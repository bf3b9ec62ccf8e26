package com.quarterhour.chart;

import com.quarterhour.identity.Clinician;
import com.quarterhour.reference.Patient;
import com.quarterhour.reference.Physician;
import com.quarterhour.rules.Discipline;
import com.quarterhour.rules.VisitHistory;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One discipline episode of a patient: diagnoses, the physician's certification (within 30 days of
 * the first treatment, for at most 90 days), recertifications, progress reports, frequency and goals.
 * Visits belong to it; what it says on a date of service is what the engine's history gets.
 */
@Entity
public class PlanOfCare {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @Enumerated(EnumType.STRING)
  private Discipline discipline;

  private LocalDate firstTreatment;

  /** The certifying physician. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "physician_id")
  private Physician physician;

  /** The initial certification: signed on, certifies through (both null while unsigned). */
  private LocalDate signedOn;
  private LocalDate certifiedThrough;

  private String frequency;
  private String goals;

  /** The last day of the episode; null while it is open. */
  private LocalDate dischargedOn;

  @ElementCollection
  @CollectionTable(name = "plan_diagnosis", joinColumns = @JoinColumn(name = "plan_id"))
  @OrderColumn(name = "position")
  @Column(name = "code")
  private List<String> diagnoses = new ArrayList<>();

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("startsOn")
  private List<Recertification> recertifications = new ArrayList<>();

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("writtenOn")
  private List<ProgressReport> progressReports = new ArrayList<>();

  @Version private long version;

  protected PlanOfCare() {}

  public PlanOfCare(Patient patient, Discipline discipline, LocalDate firstTreatment, Physician physician, List<String> diagnoses,
      String frequency, String goals) {
    this.patient = patient;
    this.discipline = discipline;
    this.firstTreatment = firstTreatment;
    this.physician = physician;
    this.diagnoses.addAll(diagnoses);
    this.frequency = frequency;
    this.goals = goals;
  }

  /**
   * The physician signs the initial certification, through a last day; a certification covers at
   * most 90 days from the first treatment, whatever the form says (the engine holds that rule).
   */
  public void certify(LocalDate signedOn, LocalDate through) {
    if (through.isBefore(firstTreatment)) {
      throw new IllegalArgumentException("a certification cannot end before the first treatment");
    }
    this.signedOn = signedOn;
    this.certifiedThrough = through;
  }

  /** A recertification from the day after the current one ends; signed later with {@link Recertification#sign}. */
  public Recertification recertify(LocalDate startsOn) {
    Recertification recert = new Recertification(this, startsOn);
    recertifications.add(recert);
    recertifications.sort((a, b) -> a.getStartsOn().compareTo(b.getStartsOn()));
    return recert;
  }

  /**
   * The day the latest certification (the first or a recertification) ends; null while the latest
   * is unsigned.
   */
  public LocalDate latestCertifiedThrough() {
    return recertifications.isEmpty() ? certifiedThrough : recertifications.get(recertifications.size() - 1).getCertifiedThrough();
  }

  public ProgressReport reportProgress(LocalDate writtenOn, Clinician by) {
    ProgressReport report = new ProgressReport(this, writtenOn, by);
    progressReports.add(report);
    progressReports.sort((a, b) -> a.getWrittenOn().compareTo(b.getWrittenOn()));
    return report;
  }

  public void discharge(LocalDate lastDay) {
    this.dischargedOn = lastDay;
  }

  /**
   * The certification that covers (or should cover) a date of service, as the engine reads it: the
   * last recertification starting on or before that date, else the initial certification.
   */
  public VisitHistory.PlanOfCare certificationOn(LocalDate dateOfService) {
    Recertification covering = null;
    for (Recertification r : recertifications) {
      if (!r.getStartsOn().isAfter(dateOfService)) {
        covering = r;
      }
    }
    return covering == null
        ? new VisitHistory.PlanOfCare(firstTreatment, signedOn, certifiedThrough)
        : new VisitHistory.PlanOfCare(covering.getStartsOn(), covering.getSignedOn(), covering.getCertifiedThrough());
  }

  /** The last progress report written before the date, or null. */
  public LocalDate lastProgressReportBefore(LocalDate date) {
    LocalDate last = null;
    for (ProgressReport r : progressReports) {
      if (r.getWrittenOn().isBefore(date)) {
        last = r.getWrittenOn();
      }
    }
    return last;
  }

  public boolean hasProgressReportOn(LocalDate date) {
    return progressReports.stream().anyMatch(r -> r.getWrittenOn().equals(date));
  }

  /** Treatment under the plan on that date is possible: not before it began, not after discharge. */
  public boolean isOpenOn(LocalDate date) {
    return !date.isBefore(firstTreatment) && (dischargedOn == null || !date.isAfter(dischargedOn));
  }

  public Long getId() {
    return id;
  }

  public Patient getPatient() {
    return patient;
  }

  public Discipline getDiscipline() {
    return discipline;
  }

  public LocalDate getFirstTreatment() {
    return firstTreatment;
  }

  public Physician getPhysician() {
    return physician;
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public LocalDate getCertifiedThrough() {
    return certifiedThrough;
  }

  public String getFrequency() {
    return frequency;
  }

  public String getGoals() {
    return goals;
  }

  public LocalDate getDischargedOn() {
    return dischargedOn;
  }

  public List<String> getDiagnoses() {
    return Collections.unmodifiableList(diagnoses);
  }

  public List<Recertification> getRecertifications() {
    return Collections.unmodifiableList(recertifications);
  }

  public List<ProgressReport> getProgressReports() {
    return Collections.unmodifiableList(progressReports);
  }

  public long getVersion() {
    return version;
  }
}
