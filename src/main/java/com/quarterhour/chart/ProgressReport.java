package com.quarterhour.chart;

import com.quarterhour.identity.Clinician;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

/** A progress report of a plan of care: the date it was written and the therapist who wrote it. */
@Entity
public class ProgressReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  private PlanOfCare plan;

  private LocalDate writtenOn;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "clinician_id")
  private Clinician writtenBy;

  protected ProgressReport() {}

  ProgressReport(PlanOfCare plan, LocalDate writtenOn, Clinician writtenBy) {
    this.plan = plan;
    this.writtenOn = writtenOn;
    this.writtenBy = writtenBy;
  }

  public Long getId() {
    return id;
  }

  public LocalDate getWrittenOn() {
    return writtenOn;
  }

  public Clinician getWrittenBy() {
    return writtenBy;
  }
}
