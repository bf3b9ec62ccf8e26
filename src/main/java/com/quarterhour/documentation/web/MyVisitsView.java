package com.quarterhour.documentation.web;

import com.quarterhour.visit.InvalidVisitException;
import com.quarterhour.documentation.service.VisitService;
import com.quarterhour.visit.WorkflowException;
import com.quarterhour.portal.web.Feedback;
import com.quarterhour.queries.VisitFilter;
import com.quarterhour.queries.VisitQueries;
import com.quarterhour.queries.web.VisitRows;
import com.quarterhour.queries.VisitSummary;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Backs therapist/index.xhtml: the therapist's own visits. */
@Named
@ViewScoped
public class MyVisitsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private VisitService visits;
  @Inject private VisitQueries queries;
  private VisitRows rows;

  @PostConstruct
  void init() {
    // The read side gives a therapist only the visits they treated.
    rows = new VisitRows(queries, VisitFilter::any, true);
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
  }

  public VisitRows getRows() {
    return rows;
  }
}
