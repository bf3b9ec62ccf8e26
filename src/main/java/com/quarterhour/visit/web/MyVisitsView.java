package com.quarterhour.visit.web;

import com.quarterhour.visit.service.VisitService;
import com.quarterhour.visit.service.VisitSummary;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs therapist/index.xhtml: the therapist's own visits. */
@Named
@ViewScoped
public class MyVisitsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private VisitService visits;
  private List<VisitSummary> rows;

  @PostConstruct
  void init() {
    rows = visits.myVisits();
  }

  public List<VisitSummary> getRows() {
    return rows;
  }
}
