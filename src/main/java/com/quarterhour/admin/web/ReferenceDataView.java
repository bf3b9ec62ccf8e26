package com.quarterhour.admin.web;

import com.quarterhour.visit.domain.Patient;
import com.quarterhour.visit.domain.Payer;
import com.quarterhour.visit.service.VisitService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs admin/index.xhtml: patients and payers as the clinic has them. */
@Named
@ViewScoped
public class ReferenceDataView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private VisitService visits;
  private List<Patient> patients;
  private List<Payer> payers;

  @PostConstruct
  void init() {
    patients = visits.patients();
    payers = visits.payers();
  }

  public List<Patient> getPatients() {
    return patients;
  }

  public List<Payer> getPayers() {
    return payers;
  }
}
