package com.quarterhour.reference.web;

import com.quarterhour.reference.PatientDetails;
import com.quarterhour.reference.Sex;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The registration / demographics form's fields (patient-fields.xhtml), as typed. */
public class PatientForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String mrn;
  private String firstName;
  private String lastName;
  private LocalDate dateOfBirth;
  private Sex sex;
  private String addressLine1;
  private String addressLine2;
  private String city;
  private String state;
  private String zip;
  private String phone;

  /** A form showing the details on file (ZIP and phone as the patient reads them). */
  public static PatientForm of(PatientDetails d) {
    PatientForm f = new PatientForm();
    f.mrn = d.mrn();
    f.firstName = d.firstName();
    f.lastName = d.lastName();
    f.dateOfBirth = d.dateOfBirth();
    f.sex = d.sex();
    f.addressLine1 = d.addressLine1();
    f.addressLine2 = d.addressLine2();
    f.city = d.city();
    f.state = d.state();
    f.zip = d.zip() == null || d.zip().length() != 9 ? d.zip() : d.zip().substring(0, 5) + "-" + d.zip().substring(5);
    f.phone = d.getPhoneText().isEmpty() ? d.phone() : d.getPhoneText();
    return f;
  }

  public PatientDetails toDetails() {
    return new PatientDetails(mrn, firstName, lastName, dateOfBirth, sex, addressLine1, addressLine2, city, state, zip, phone);
  }

  public List<Sex> getSexes() { return List.of(Sex.values()); }
  public String getMrn() { return mrn; }
  public void setMrn(String mrn) { this.mrn = mrn; }
  public String getFirstName() { return firstName; }
  public void setFirstName(String firstName) { this.firstName = firstName; }
  public String getLastName() { return lastName; }
  public void setLastName(String lastName) { this.lastName = lastName; }
  public LocalDate getDateOfBirth() { return dateOfBirth; }
  public void setDateOfBirth(LocalDate dateOfBirth) { this.dateOfBirth = dateOfBirth; }
  public Sex getSex() { return sex; }
  public void setSex(Sex sex) { this.sex = sex; }
  public String getAddressLine1() { return addressLine1; }
  public void setAddressLine1(String addressLine1) { this.addressLine1 = addressLine1; }
  public String getAddressLine2() { return addressLine2; }
  public void setAddressLine2(String addressLine2) { this.addressLine2 = addressLine2; }
  public String getCity() { return city; }
  public void setCity(String city) { this.city = city; }
  public String getState() { return state; }
  public void setState(String state) { this.state = state; }
  public String getZip() { return zip; }
  public void setZip(String zip) { this.zip = zip; }
  public String getPhone() { return phone; }
  public void setPhone(String phone) { this.phone = phone; }
}
