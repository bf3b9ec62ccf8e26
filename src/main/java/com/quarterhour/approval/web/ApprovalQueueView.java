package com.quarterhour.approval.web;

import com.quarterhour.approval.service.ApprovalQueue;
import com.quarterhour.portal.web.Feedback;
import com.quarterhour.queries.VisitFilter;
import com.quarterhour.queries.VisitQueries;
import com.quarterhour.queries.web.VisitRows;
import com.quarterhour.visit.VisitStatus;
import com.quarterhour.review.service.VisitWorkflow;
import com.quarterhour.queries.VisitSummary;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Backs supervisor/index.xhtml: coded visits awaiting approval, one by one or in bulk. */
@Named
@ViewScoped
public class ApprovalQueueView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ApprovalQueue queue;
  @Inject private VisitWorkflow workflow;
  @Inject private VisitQueries queries;
  private VisitRows rows;
  private List<VisitSummary> chosen = new ArrayList<>();
  private VisitSummary selected;
  private String reason;

  @PostConstruct
  void init() {
    rows = new VisitRows(queries, ApprovalQueueView::coded, false);
  }

  /** Coded visits wait for approval, oldest date of service first. */
  private static VisitFilter coded() {
    return VisitFilter.inStatus(EnumSet.of(VisitStatus.CODED));
  }

  /** Opens the "reject" dialog for a row. */
  public void askReason(VisitSummary row) {
    selected = row;
    reason = null;
  }

  public void rejectSelected() {
    Feedback.attempt(() -> workflow.reject(selected.id(), reason), "Visit " + selected.id() + " went back to its coder.");
    refresh();
  }

  public void approve(VisitSummary row) {
    Feedback.attempt(() -> workflow.approve(row.id()), "Visit " + row.id() + " is approved and ready to bill.");
    refresh();
  }

  /** Approves the ticked visits that have no warnings; says which were left and why. */
  public void approveChosen() {
    if (chosen == null || chosen.isEmpty()) {
      Feedback.error("Bulk approval: tick the visits to approve first.");
      return;
    }
    ApprovalQueue.BulkOutcome outcome = queue.approveAll(chosen.stream().map(VisitSummary::id).toList());
    if (!outcome.approved().isEmpty()) {
      Feedback.info("Approved " + outcome.approved().size() + " visit(s): " + outcome.approved() + ".");
    }
    outcome.refused().forEach(Feedback::error);
    refresh();
  }

  private void refresh() {
    chosen = new ArrayList<>();
  }

  public VisitSummary getSelected() { return selected; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
  public VisitRows getRows() { return rows; }
  public List<VisitSummary> getChosen() { return chosen; }
  public void setChosen(List<VisitSummary> chosen) { this.chosen = chosen; }
}
