package com.quarterhour.review.web;

import com.quarterhour.review.service.ReviewQueue;
import com.quarterhour.visit.service.VisitSummary;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs coder/index.xhtml: submitted visits waiting for coding. */
@Named
@ViewScoped
public class ReviewQueueView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ReviewQueue queue;
  private List<VisitSummary> rows;

  @PostConstruct
  void init() {
    rows = queue.waiting();
  }

  public List<VisitSummary> getRows() {
    return rows;
  }
}
