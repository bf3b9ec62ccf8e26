package com.quarterhour.reference.web;

import com.quarterhour.portal.web.Feedback;
import com.quarterhour.reference.Physician;
import com.quarterhour.reference.Physicians;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Backs the physicians part of admin/index.xhtml: the list a page at a time, and registering one. */
@Named
@ViewScoped
public class PhysiciansView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Physicians physicians;
  private PhysicianRows rows;
  private String lastName;
  private String firstName;
  private String npi;

  @PostConstruct
  void init() {
    rows = new PhysicianRows();
  }

  /** Physicians, a page at a time, by name. */
  public class PhysicianRows extends LazyDataModel<Physician> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, physicians.count());
    }

    @Override
    public List<Physician> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return physicians.page(first, pageSize);
    }

    @Override
    public String getRowKey(Physician row) {
      return String.valueOf(row.getId());
    }
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

  public PhysicianRows getRows() { return rows; }
  public String getLastName() { return lastName; }
  public void setLastName(String lastName) { this.lastName = lastName; }
  public String getFirstName() { return firstName; }
  public void setFirstName(String firstName) { this.firstName = firstName; }
  public String getNpi() { return npi; }
  public void setNpi(String npi) { this.npi = npi; }
}
