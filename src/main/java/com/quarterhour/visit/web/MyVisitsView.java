package com.quarterhour.visit.web;

import com.quarterhour.visit.service.InvalidVisitException;
import com.quarterhour.visit.service.VisitService;
import com.quarterhour.visit.service.WorkflowException;
import com.quarterhour.portal.web.Feedback;
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

  /** Sends a returned visit back to coding; coding errors or a wrong state are shown, not thrown. */
  public void resubmit(VisitSummary row) {
    try {
      visits.resubmit(row.id());
      Feedback.info("Visit " + row.id() + " went back to coding.");
    } catch (WorkflowException refused) {
      Feedback.error(refused.getMessage());
    } catch (InvalidVisitException invalid) {
      invalid.getProblems().forEach(p -> Feedback.error(p.message()));
    }
    rows = visits.myVisits();
  }

  public List<VisitSummary> getRows() {
    return rows;
  }
}
