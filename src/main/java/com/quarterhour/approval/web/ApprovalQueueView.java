package com.quarterhour.approval.web;

import com.quarterhour.approval.service.ApprovalQueue;
import com.quarterhour.review.service.VisitWorkflow;
import com.quarterhour.visit.service.WorkflowException;
import com.quarterhour.portal.web.Feedback;
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
  @Inject private VisitWorkflow workflow;
  private List<VisitSummary> rows;
  private VisitSummary selected;
  private String reason;

  @PostConstruct
  void init() {
    rows = queue.awaitingApproval();
  }

  /** Opens the "reject" dialog for a row. */
  public void askReason(VisitSummary row) {
    selected = row;
    reason = null;
  }

  public void rejectSelected() {
    try {
      workflow.reject(selected.id(), reason);
      Feedback.info("Visit " + selected.id() + " went back to its coder.");
    } catch (WorkflowException refused) {
      Feedback.error(refused.getMessage());
    }
    rows = queue.awaitingApproval();
  }

  public VisitSummary getSelected() {
    return selected;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public void approve(VisitSummary row) {
    try {
      workflow.approve(row.id());
      Feedback.info("Visit " + row.id() + " is approved and ready to bill.");
    } catch (WorkflowException refused) {
      Feedback.error(refused.getMessage());
    }
    rows = queue.awaitingApproval();
  }

  public List<VisitSummary> getRows() {
    return rows;
  }
}
