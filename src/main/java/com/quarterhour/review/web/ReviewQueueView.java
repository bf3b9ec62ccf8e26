package com.quarterhour.review.web;

import com.quarterhour.identity.ClinicianDirectory;
import com.quarterhour.portal.web.Feedback;
import com.quarterhour.portal.web.Tables;
import com.quarterhour.queries.VisitQueries;
import com.quarterhour.queries.web.VisitRows;
import com.quarterhour.reference.ReferenceData;
import com.quarterhour.queries.VisitFilter;
import com.quarterhour.review.service.VisitWorkflow;
import com.quarterhour.identity.Clinician;
import com.quarterhour.reference.Payer;
import com.quarterhour.visit.VisitStatus;
import com.quarterhour.queries.VisitSummary;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Backs coder/index.xhtml: the review queue, loaded a page at a time with the coder's filters and
 * sort applied in the database.
 */
@Named
@ViewScoped
public class ReviewQueueView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private VisitQueries queries;
  @Inject private VisitWorkflow workflow;
  @Inject private ReferenceData reference;
  @Inject private ClinicianDirectory clinicians;
  @Inject private HttpServletRequest request;

  private VisitRows rows;
  private List<Payer> payers;
  private List<Clinician> therapists;
  private VisitSummary selected;
  private String question;

  // Filters as the form holds them; applied on the next load.
  private String status = "";
  private Long payerId;
  private Long therapistId;
  private LocalDate from;
  private LocalDate to;
  private boolean onlyWithErrors;
  private Integer waitingDays;
  private String search;

  @PostConstruct
  void init() {
    payers = reference.payers();
    therapists = clinicians.therapists();
    rows = new VisitRows(queries, this::filter, false);
  }

  VisitFilter filter() {
    Set<VisitStatus> statuses = status == null || status.isEmpty() ? VisitFilter.WORKING : EnumSet.of(VisitStatus.valueOf(status));
    return new VisitFilter(statuses, payerId, therapistId, from, to, onlyWithErrors, waitingDays, search);
  }

  /** Everything a coder may filter the queue to: the working set, or one state. */
  public List<VisitStatus> getStatusChoices() {
    return List.of(VisitStatus.SUBMITTED, VisitStatus.IN_REVIEW, VisitStatus.REJECTED, VisitStatus.RETURNED,
        VisitStatus.CODED, VisitStatus.READY_TO_BILL, VisitStatus.BILLED);
  }

  /** Applies the filters from the first page (the page the coder was on may no longer exist). */
  public void applyFilters() {
    Tables.firstPage("queue-form:queue");
  }


  public void clearFilters() {
    Tables.firstPage("queue-form:queue");
    status = "";
    payerId = null;
    therapistId = null;
    from = null;
    to = null;
    onlyWithErrors = false;
    waitingDays = null;
    search = null;
  }

  /** Days the visit has waited since the therapist submitted it. */
  public long age(VisitSummary row) {
    return row.ageDays(Instant.now());
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
    Feedback.attempt(() -> workflow.claim(row.id()), "Visit " + row.id() + " is yours to code.");
  }

  public void markCoded(VisitSummary row) {
    Feedback.attempt(() -> workflow.markCoded(row.id()), "Visit " + row.id() + " is coded and waits for approval.");
  }

  /** Opens the "return to therapist" dialog for a row. */
  public void askAbout(VisitSummary row) {
    selected = row;
    question = null;
  }

  public void returnSelected() {
    Feedback.attempt(() -> workflow.returnToTherapist(selected.id(), question), "Visit " + selected.id() + " went back to the therapist.");
  }

  public VisitRows getRows() { return rows; }
  public List<Payer> getPayers() { return payers; }
  public List<Clinician> getTherapists() { return therapists; }
  public VisitSummary getSelected() { return selected; }
  public String getQuestion() { return question; }
  public void setQuestion(String question) { this.question = question; }
  public String getStatus() { return status; }
  public void setStatus(String status) { this.status = status; }
  public Long getPayerId() { return payerId; }
  public void setPayerId(Long payerId) { this.payerId = payerId; }
  public Long getTherapistId() { return therapistId; }
  public void setTherapistId(Long therapistId) { this.therapistId = therapistId; }
  public LocalDate getFrom() { return from; }
  public void setFrom(LocalDate from) { this.from = from; }
  public LocalDate getTo() { return to; }
  public void setTo(LocalDate to) { this.to = to; }
  public boolean isOnlyWithErrors() { return onlyWithErrors; }
  public void setOnlyWithErrors(boolean onlyWithErrors) { this.onlyWithErrors = onlyWithErrors; }
  public String getSearch() { return search; }
  public void setSearch(String search) { this.search = search; }
  public Integer getWaitingDays() { return waitingDays; }
  public void setWaitingDays(Integer waitingDays) { this.waitingDays = waitingDays; }
}
