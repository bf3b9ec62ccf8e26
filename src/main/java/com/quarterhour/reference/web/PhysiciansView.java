package com.quarterhour.reference.web;

import com.quarterhour.portal.web.Feedback;
import com.quarterhour.portal.web.PagedRows;
import com.quarterhour.reference.Physician;
import com.quarterhour.reference.Physicians;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Backs the physicians part of admin/index.xhtml: the list a page at a time, and registering one. */
@Named
@ViewScoped
public class PhysiciansView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Physicians physicians;
  private PagedRows<Physician> rows;
  private String lastName;
  private String firstName;
  private String npi;

  @PostConstruct
  void init() {
    rows = new PagedRows<>(physicians::count, physicians::page, Physician::getId);
  }

  /** Registers the physician the form holds; empties the form when it went through. */
  public void register() {
    String name = firstName + " " + lastName;
    if (Feedback.attempt(() -> physicians.register(lastName, firstName, npi), name + " is registered.")) {
      lastName = null;
      firstName = null;
      npi = null;
    }
  }

  public PagedRows<Physician> getRows() { return rows; }
  public String getLastName() { return lastName; }
  public void setLastName(String lastName) { this.lastName = lastName; }
  public String getFirstName() { return firstName; }
  public void setFirstName(String firstName) { this.firstName = firstName; }
  public String getNpi() { return npi; }
  public void setNpi(String npi) { this.npi = npi; }
}
