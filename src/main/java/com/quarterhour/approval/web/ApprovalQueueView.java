package com.quarterhour.approval.web;

import com.quarterhour.approval.service.ApprovalQueue;
import com.quarterhour.visit.service.VisitSummary;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs supervisor/index.xhtml: coded visits awaiting approval. */
@Named
@ViewScoped
public class ApprovalQueueView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ApprovalQueue queue;
  private List<VisitSummary> rows;

  @PostConstruct
  void init() {
    rows = queue.awaitingApproval();
  }

  public List<VisitSummary> getRows() {
    return rows;
  }
}
