package com.quarterhour.chart;

import com.quarterhour.reference.Patient;
import com.quarterhour.reference.Payer;
import com.quarterhour.rules.Discipline;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A payer's authorization of visits for a patient and discipline: its number, how many visits and
 * the dates it is valid. Each visit of that payer and discipline in those dates uses one.
 */
@Entity
public class PayerAuthorization {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "payer_id")
  private Payer payer;

  @Enumerated(EnumType.STRING)
  private Discipline discipline;

  private String number;
  private int visitsAuthorized;
  private LocalDate validFrom;
  private LocalDate validThrough;

  @Version private long version;

  protected PayerAuthorization() {}

  PayerAuthorization(Patient patient, Payer payer, Discipline discipline, String number, int visitsAuthorized,
      LocalDate validFrom, LocalDate validThrough) {
    this.patient = patient;
    this.payer = payer;
    this.discipline = discipline;
    this.number = number;
    this.visitsAuthorized = visitsAuthorized;
    this.validFrom = validFrom;
    this.validThrough = validThrough;
  }

  public boolean covers(LocalDate date) {
    return !date.isBefore(validFrom) && !date.isAfter(validThrough);
  }

  public Long getId() { return id; }
  public Patient getPatient() { return patient; }
  public Payer getPayer() { return payer; }
  public Discipline getDiscipline() { return discipline; }
  public String getNumber() { return number; }
  public int getVisitsAuthorized() { return visitsAuthorized; }
  public LocalDate getValidFrom() { return validFrom; }
  public LocalDate getValidThrough() { return validThrough; }
}
