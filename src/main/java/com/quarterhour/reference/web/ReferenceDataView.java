package com.quarterhour.reference.web;

import com.quarterhour.portal.web.Feedback;
import com.quarterhour.portal.web.LazyRows;
import com.quarterhour.portal.web.PagedRows;
import com.quarterhour.portal.web.Tables;
import com.quarterhour.reference.Patient;
import com.quarterhour.reference.PatientRegistry;
import com.quarterhour.reference.Payer;
import com.quarterhour.reference.ReferenceData;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Backs admin/index.xhtml: the clinic's payers and patients, paged and searched in the database. */
@Named
@ViewScoped
public class ReferenceDataView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ReferenceData reference;
  @Inject private PatientRegistry registry;
  private PatientForm registration = new PatientForm();
  private PatientRows patients;
  private PagedRows<Payer> payers;
  private String search;

  @PostConstruct
  void init() {
    patients = new PatientRows();
    payers = new PagedRows<>(reference::countPayers, reference::payers, Payer::getId);
  }

  /** Patients, a page at a time, matching the search box (part of a name or MRN). */
  public class PatientRows extends LazyRows<Patient> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, reference.countPatients(search));
    }

    @Override
    public List<Patient> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
      boolean sorted = sort != null && sort.getOrder() != SortOrder.UNSORTED;
      return reference.patients(search, first, pageSize, sorted ? sort.getField() : null, !sorted || sort.getOrder() == SortOrder.ASCENDING);
    }

    @Override
    protected PatientRows withoutRows() {
      return new PatientRows();
    }

    @Override
    public String getRowKey(Patient row) {
      return String.valueOf(row.getId());
    }
  }

  /** Searches from the first page (the page the admin was on may no longer exist). */
  public void applySearch() {
    Tables.firstPage("admin-form:patients");
  }

  /** Registers the patient the form holds and opens their chart (to add insurance and plans). */
  public String register() {
    Long[] id = new Long[1];
    if (!Feedback.attempt(() -> id[0] = registry.register(registration.toDetails()), "The patient is registered.")) {
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/chart?faces-redirect=true&patient=" + id[0];
  }

  public PatientForm getRegistration() { return registration; }
  public PatientRows getPatients() { return patients; }
  public PagedRows<Payer> getPayers() { return payers; }
  public String getSearch() { return search; }
  public void setSearch(String search) { this.search = search; }
}
