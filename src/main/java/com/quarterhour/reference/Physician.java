package com.quarterhour.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A referring or certifying physician, known to claims by NPI. */
@Entity
public class Physician implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String lastName;
  private String firstName;
  private String npi;

  @Version private long version;

  protected Physician() {}

  /** Names and NPI as {@link Physicians#register} checked them. */
  Physician(String lastName, String firstName, String npi) {
    this.lastName = lastName;
    this.firstName = firstName;
    this.npi = npi;
  }

  public Long getId() {
    return id;
  }

  public String getLastName() {
    return lastName;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getNpi() {
    return npi;
  }

  public long getVersion() {
    return version;
  }

  /** "Okafor, Grace (NPI 1234567893)": how pick lists and the chart name a physician. */
  public String getDisplayName() {
    return lastName + ", " + firstName + " (NPI " + npi + ")";
  }
}
