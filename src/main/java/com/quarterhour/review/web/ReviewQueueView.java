package com.quarterhour.review.web;

import com.quarterhour.review.service.ReviewQueue;
import com.quarterhour.review.service.VisitWorkflow;
import com.quarterhour.visit.domain.VisitStatus;
import com.quarterhour.visit.service.WorkflowException;
import com.quarterhour.portal.web.Feedback;
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
  @Inject private VisitWorkflow workflow;
  @Inject private jakarta.servlet.http.HttpServletRequest request;
  private List<VisitSummary> rows;
  private VisitSummary selected;
  private String question;

  @PostConstruct
  void init() {
    rows = queue.waiting();
  }

  /** The row's visit can be claimed: submitted, or rejected back to this coder. */
  public boolean canClaim(VisitSummary row) {
    return row.status() == VisitStatus.SUBMITTED
        || (row.status() == VisitStatus.REJECTED && isMine(row));
  }

  /** The caller holds the row's visit. */
  public boolean isMine(VisitSummary row) {
    return request.getRemoteUser().equals(row.holderUsername());
  }

  public void claim(VisitSummary row) {
    act(row, () -> workflow.claim(row.id()), "Visit " + row.id() + " is yours to code.");
  }

  public void markCoded(VisitSummary row) {
    act(row, () -> workflow.markCoded(row.id()), "Visit " + row.id() + " is coded and waits for approval.");
  }

  /** Opens the "return to therapist" dialog for a row. */
  public void askAbout(VisitSummary row) {
    selected = row;
    question = null;
  }

  public void returnSelected() {
    act(selected, () -> workflow.returnToTherapist(selected.id(), question), "Visit " + selected.id() + " went back to the therapist.");
  }

  public VisitSummary getSelected() {
    return selected;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  private void act(VisitSummary row, Transition transition, String done) {
    try {
      transition.run();
      Feedback.info(done);
    } catch (WorkflowException refused) {
      Feedback.error(refused.getMessage());
    }
    rows = queue.waiting();
  }

  @FunctionalInterface
  interface Transition {
    void run() throws WorkflowException;
  }

  public List<VisitSummary> getRows() {
    return rows;
  }
}
