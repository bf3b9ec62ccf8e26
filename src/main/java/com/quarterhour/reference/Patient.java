package com.quarterhour.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A person treated by the clinic. Names and birth dates are PHI: never log them. */
@Entity
public class Patient {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The clinic's medical record number, unique. */
  @NotBlank
  @Size(max = 32)
  private String mrn;

  @NotBlank
  @Size(max = 80)
  private String firstName;

  @NotBlank
  @Size(max = 80)
  private String lastName;

  @NotNull @Past private LocalDate dateOfBirth;

  @Version private long version;

  protected Patient() {}

  public Patient(String mrn, String firstName, String lastName, LocalDate dateOfBirth) {
    this.mrn = mrn;
    this.firstName = firstName;
    this.lastName = lastName;
    this.dateOfBirth = dateOfBirth;
  }

  public Long getId() {
    return id;
  }

  public String getMrn() {
    return mrn;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  /** "Last, First": how lists and the visit page name the patient. */
  public String getFullName() {
    return lastName + ", " + firstName;
  }

  /** "Last, First (MRN)": how coders and therapists pick a patient. */
  public String getDisplayName() {
    return getFullName() + " (" + mrn + ")";
  }

  public long getVersion() {
    return version;
  }
}
