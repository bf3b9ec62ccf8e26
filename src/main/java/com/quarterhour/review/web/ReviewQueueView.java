package com.quarterhour.review.web;

import com.quarterhour.portal.web.Feedback;
import com.quarterhour.review.service.QueueFilter;
import com.quarterhour.review.service.ReviewQueue;
import com.quarterhour.review.service.VisitWorkflow;
import com.quarterhour.visit.domain.Clinician;
import com.quarterhour.visit.domain.Payer;
import com.quarterhour.visit.domain.VisitStatus;
import com.quarterhour.visit.service.VisitService;
import com.quarterhour.visit.service.VisitSummary;
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
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Backs coder/index.xhtml: the review queue, loaded a page at a time with the coder's filters and
 * sort applied in the database.
 */
@Named
@ViewScoped
public class ReviewQueueView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ReviewQueue queue;
  @Inject private VisitWorkflow workflow;
  @Inject private VisitService visits;
  @Inject private HttpServletRequest request;

  private final QueueRows rows = new QueueRows();
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
    payers = visits.payers();
    therapists = queue.therapists();
  }

  QueueFilter filter() {
    Set<VisitStatus> statuses = status == null || status.isEmpty() ? null : EnumSet.of(VisitStatus.valueOf(status));
    return new QueueFilter(statuses, payerId, therapistId, from, to, onlyWithErrors, waitingDays, search);
  }

  /** Everything a coder may filter the queue to: the working set, or one state. */
  public List<VisitStatus> getStatusChoices() {
    return List.of(VisitStatus.SUBMITTED, VisitStatus.IN_REVIEW, VisitStatus.REJECTED, VisitStatus.RETURNED,
        VisitStatus.CODED, VisitStatus.READY_TO_BILL);
  }

  /** Applies the filters from the first page (the page the coder was on may no longer exist). */
  public void applyFilters() {
    firstPage();
  }

  private static void firstPage() {
    var table = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().findComponent("queue-form:queue");
    if (table instanceof org.primefaces.component.datatable.DataTable dataTable) {
      dataTable.setFirst(0);
    }
  }

  public void clearFilters() {
    firstPage();
    status = "";
    payerId = null;
    therapistId = null;
    from = null;
    to = null;
    onlyWithErrors = false;
    waitingDays = null;
    search = null;
  }

  /** The page rows, counted and loaded by the database. */
  public class QueueRows extends LazyDataModel<VisitSummary> {
    private static final long serialVersionUID = 1L;
    private List<VisitSummary> page = List.of();

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, queue.count(filter()));
    }

    @Override
    public List<VisitSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
      boolean sorted = sort != null && sort.getOrder() != SortOrder.UNSORTED;
      page = queue.page(filter(), first, pageSize, sorted ? sort.getField() : null, !sorted || sort.getOrder() == SortOrder.ASCENDING);
      return page;
    }

    @Override
    public String getRowKey(VisitSummary row) {
      return String.valueOf(row.id());
    }

    @Override
    public VisitSummary getRowData(String key) {
      return page.stream().filter(r -> String.valueOf(r.id()).equals(key)).findFirst().orElse(null);
    }
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

  public QueueRows getRows() { return rows; }
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
