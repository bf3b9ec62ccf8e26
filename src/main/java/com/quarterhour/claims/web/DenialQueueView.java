package com.quarterhour.claims.web;

import com.quarterhour.claims.BillingQueries;
import com.quarterhour.claims.BillingQueries.Denial;
import com.quarterhour.claims.DenialResolution;
import com.quarterhour.portal.web.Feedback;
import com.quarterhour.portal.web.PagedRows;
import com.quarterhour.rules.Money;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs billing/denials.xhtml: denied lines oldest first with the payer's reasons in words, worked one at a time. */
@Named
@ViewScoped
public class DenialQueueView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private BillingQueries queries;

  private PagedRows<Denial> rows;
  private Denial selected;
  private DenialResolution resolution;
  private String note;

  @PostConstruct
  void init() {
    BillingQueries service = queries;
    rows = new PagedRows<>(service::denialCount, service::denials, Denial::lineId);
  }

  /** Opens the dialog for one denial. */
  public void select(Denial denial) {
    selected = denial;
    resolution = null;
    note = null;
  }

  public void work() {
    Feedback.attempt(() -> queries.workDenial(selected.lineId(), resolution, note),
        "Line " + selected.code() + " of claim " + selected.patientControlNumber() + ": "
            + (resolution == null ? "" : resolution.label()) + ".");
  }

  public List<DenialResolution> getResolutions() {
    return List.of(DenialResolution.values());
  }

  public String usd(long cents) {
    return Money.usd(cents);
  }

  public PagedRows<Denial> getRows() { return rows; }
  public Denial getSelected() { return selected; }
  public DenialResolution getResolution() { return resolution; }
  public void setResolution(DenialResolution resolution) { this.resolution = resolution; }
  public String getNote() { return note; }
  public void setNote(String note) { this.note = note; }
}
