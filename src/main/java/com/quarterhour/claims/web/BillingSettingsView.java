package com.quarterhour.claims.web;

import com.quarterhour.claims.BillingDetails;
import com.quarterhour.claims.BillingException;
import com.quarterhour.claims.ClaimBatches;
import com.quarterhour.claims.ClaimBatches.PayerRow;
import com.quarterhour.claims.ClinicBilling;
import com.quarterhour.portal.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs the billing part of admin/index.xhtml: the clinic as it bills (the 837P's billing provider
 * and submitter, box 33 of the CMS-1500) and how each payer receives claims. The service checks
 * every field and names each bad one; nothing is saved while one is bad.
 */
@Named
@ViewScoped
public class BillingSettingsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ClinicBilling billing;
  @Inject private ClaimBatches batches;

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
  private String placeOfService = "11";
  private List<PayerRow> payers;
  private final Map<Long, String> payerCodes = new HashMap<>();
  private final Map<Long, Boolean> paper = new HashMap<>();

  @PostConstruct
  void init() {
    BillingDetails d = billing.details();
    if (d != null) {
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
    loadPayers();
  }

  private void loadPayers() {
    payers = batches.payers();
    payers.forEach(p -> {
      payerCodes.put(p.id(), p.payerCode());
      paper.put(p.id(), p.paperClaims());
    });
  }

  public void save() {
    Feedback.attempt(() -> billing.save(new BillingDetails(name, npi, ein, addressLine, city, state, zip, taxonomy, submitterId,
        contactName, phone, placeOfService)), "The clinic's billing details are saved; the next batch uses them.");
  }

  public void savePayer(PayerRow payer) {
    if (Feedback.attempt(() -> billing.billPayerBy(payer.id(), payerCodes.get(payer.id()), Boolean.TRUE.equals(paper.get(payer.id()))),
        payer.name() + ": how it receives claims is saved.")) {
      loadPayers();
    }
  }

  public List<PayerRow> getPayers() { return payers; }
  public Map<Long, String> getPayerCodes() { return payerCodes; }
  public Map<Long, Boolean> getPaper() { return paper; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getNpi() { return npi; }
  public void setNpi(String npi) { this.npi = npi; }
  public String getEin() { return ein; }
  public void setEin(String ein) { this.ein = ein; }
  public String getAddressLine() { return addressLine; }
  public void setAddressLine(String addressLine) { this.addressLine = addressLine; }
  public String getCity() { return city; }
  public void setCity(String city) { this.city = city; }
  public String getState() { return state; }
  public void setState(String state) { this.state = state; }
  public String getZip() { return zip; }
  public void setZip(String zip) { this.zip = zip; }
  public String getTaxonomy() { return taxonomy; }
  public void setTaxonomy(String taxonomy) { this.taxonomy = taxonomy; }
  public String getSubmitterId() { return submitterId; }
  public void setSubmitterId(String submitterId) { this.submitterId = submitterId; }
  public String getContactName() { return contactName; }
  public void setContactName(String contactName) { this.contactName = contactName; }
  public String getPhone() { return phone; }
  public void setPhone(String phone) { this.phone = phone; }
  public String getPlaceOfService() { return placeOfService; }
  public void setPlaceOfService(String placeOfService) { this.placeOfService = placeOfService; }
}
