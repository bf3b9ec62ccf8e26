package com.quarterhour.claims;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The clinic as it bills: the one row of billing details every claim file is written with. */
@Entity
@Table(name = "clinic_settings")
public class ClinicSettings {

  /** There is one clinic: its row is always 1. */
  static final int ID = 1;

  @Id private Integer id;
  private String name;
  private String npi;
  private String ein;
  private String addressLine;
  private String city;
  private String state;
  private String zip;
  private String taxonomy;
  private String submitterId;
  private String contactName;
  private String phone;
  private String placeOfService;

  @Version private long version;

  protected ClinicSettings() {}

  ClinicSettings(BillingDetails details) {
    this.id = ID;
    apply(details);
  }

  /** Takes checked details ({@link BillingDetails#problems()} empty). */
  void apply(BillingDetails d) {
    name = d.name();
    npi = d.npi();
    ein = d.ein();
    addressLine = d.addressLine();
    city = d.city();
    state = d.state();
    zip = d.zip();
    taxonomy = d.taxonomy();
    submitterId = d.submitterId();
    contactName = d.contactName();
    phone = d.phone();
    placeOfService = d.placeOfService();
  }

  public BillingDetails details() {
    return new BillingDetails(name, npi, ein, addressLine, city, state, zip, taxonomy, submitterId, contactName, phone, placeOfService);
  }

  ClaimFile.Submitter submitter() {
    return new ClaimFile.Submitter(name, submitterId, contactName, phone);
  }

  ClaimFile.BillingProvider billingProvider() {
    return new ClaimFile.BillingProvider(name, npi, ein, new ClaimFile.Address(addressLine, null, city, state, zip), taxonomy);
  }

  public String getPlaceOfService() {
    return placeOfService;
  }

  public long getVersion() {
    return version;
  }
}
