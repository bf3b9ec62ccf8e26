package com.quarterhour.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

  // Demographics a claim carries; empty on patients registered before they were asked for.
  @Enumerated(EnumType.STRING)
  private Sex sex;
  private String addressLine1;
  private String addressLine2;
  private String city;
  private String state;
  /** 5 or 9 digits. */
  private String zip;
  /** 10 digits. */
  private String phone;

  @Version private long version;

  protected Patient() {}

  /** A patient registered by the front desk with details that passed {@link PatientDetails#problems}. */
  Patient(PatientDetails details) {
    apply(details);
  }

  /** Takes the (checked, cleaned) details over. */
  final void apply(PatientDetails d) {
    mrn = d.mrn();
    firstName = d.firstName();
    lastName = d.lastName();
    dateOfBirth = d.dateOfBirth();
    sex = d.sex();
    addressLine1 = d.addressLine1();
    addressLine2 = d.addressLine2();
    city = d.city();
    state = d.state();
    zip = d.zip();
    phone = d.phone();
  }

  /** The patient's details as the edit form shows them. */
  public PatientDetails details() {
    return new PatientDetails(mrn, firstName, lastName, dateOfBirth, sex, addressLine1, addressLine2, city, state, zip, phone);
  }

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

  public Sex getSex() {
    return sex;
  }

  public long getVersion() {
    return version;
  }
}
