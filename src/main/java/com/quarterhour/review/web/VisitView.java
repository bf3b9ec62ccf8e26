package com.quarterhour.review.web;

import com.quarterhour.audit.AuditTrail;
import com.quarterhour.audit.VisitEvent;
import com.quarterhour.claims.BillingQueries;
import com.quarterhour.claims.ClaimCorrections;
import com.quarterhour.claims.BillingQueries.ClaimRow;
import com.quarterhour.identity.Roles;
import com.quarterhour.portal.web.Feedback;
import com.quarterhour.portal.web.PagedRows;
import com.quarterhour.review.service.CodingWorksheet;
import com.quarterhour.review.service.VisitDetail;
import com.quarterhour.review.service.VisitReader;
import com.quarterhour.review.service.VisitWorkflow;
import com.quarterhour.rules.Money;
import com.quarterhour.visit.FieldProblem;
import com.quarterhour.visit.Visit;
import com.quarterhour.visit.InvalidVisitException;
import com.quarterhour.visit.VisitStatus;
import com.quarterhour.visit.WorkflowException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs visit.xhtml, one visit for every role: lines as documented and as coded, findings, history.
 * The coder holding the visit edits it here (the worksheet); a supervisor approves or rejects it.
 */
@Named
@ViewScoped
public class VisitView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private VisitReader reader;
  @Inject private CodingWorksheet worksheet;
  @Inject private VisitWorkflow workflow;
  @Inject private HttpServletRequest request;
  @Inject private AuditTrail audit;
  @Inject private BillingQueries billing;
  @Inject private ClaimCorrections corrections;

  private Long id;
  private VisitDetail detail;
  /** The visit's history, oldest first, a page at a time from the database (visibility checked by the audit trail). */
  private PagedRows<VisitEvent> history;
  private List<EditableLine> edits = new ArrayList<>();
  private Map<String, String> ackReasons = new HashMap<>();
  private String comment;
  /** Why the coder corrects or voids the billed claim (both histories keep it). */
  private String resubmitReason;
  /** The visit's claims with what the payer paid (billing roles only; empty before the visit is billed). */
  private List<ClaimRow> claims = List.of();

  /** The worksheet's inputs for one line, filled with what is billed now. */
  public static class EditableLine implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int lineNo;
    private String code;
    private String modifiers;
    private Integer units;
    private String reason;

    EditableLine(VisitDetail.Line line) {
      lineNo = line.lineNo();
      code = line.billedCode();
      modifiers = line.billedModifiers();
      units = line.manualUnits();
    }

    CodingWorksheet.LineChange toChange() {
      return new CodingWorksheet.LineChange(lineNo, code, modifiers, units, reason);
    }

    public int getLineNo() { return lineNo; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getModifiers() { return modifiers; }
    public void setModifiers(String modifiers) { this.modifiers = modifiers; }
    public Integer getUnits() { return units; }
    public void setUnits(Integer units) { this.units = units; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
  }

  private PagedRows<VisitEvent> historyOf(Long visitId) {
    AuditTrail trail = audit; // the rows keep the service, not this view
    return new PagedRows<>(() -> trail.historyCount(visitId), (first, size) -> trail.historyPage(visitId, first, size), VisitEvent::getId);
  }

  /** Called by the page's viewAction: reads the visit named by ?id=. */
  public void load() {
    detail = id == null ? null : reader.detail(id).orElse(null);
    history = detail == null ? null : historyOf(detail.id());
    edits = new ArrayList<>();
    ackReasons = new HashMap<>();
    claims = detail != null && hasBeenBilled() && !Roles.seesOnlyOwnVisits(request::isUserInRole)
        ? billing.claimsOfVisit(detail.id()) : List.of();
    if (detail != null) {
      detail.lines().forEach(l -> edits.add(new EditableLine(l)));
    }
  }

  private boolean hasBeenBilled() {
    return Visit.BILLED_OR_ANSWERED.contains(detail.status()) || detail.status() == VisitStatus.VOIDED || detail.resubmission() != null;
  }

  /** A coder (not the treating therapist) may reopen this billed visit to correct or void its claim. */
  public boolean isResubmittable() {
    return detail != null && Visit.BILLED_OR_ANSWERED.contains(detail.status()) && request.isUserInRole(Roles.CODER)
        && !request.getRemoteUser().equals(detail.clinicianUsername());
  }

  public String correctClaim() {
    return resubmit(() -> corrections.correct(id, resubmitReason),
        "Visit " + id + " is back in review with you: correct it, mark it coded, and its approval sends a replacement claim.");
  }

  public String voidClaim() {
    return resubmit(() -> corrections.requestVoid(id, resubmitReason),
        "The void of visit " + id + "'s claim waits for a supervisor's approval.");
  }

  /** Reopens the visit for a corrected or void claim and shows it again in its new state. */
  private String resubmit(Feedback.Step step, String done) {
    if (Feedback.attempt(step, done)) {
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/visit?faces-redirect=true&id=" + id;
    }
    load();
    return null;
  }

  /** The caller is the coder holding this visit: the worksheet is editable. */
  public boolean isCoding() {
    return detail != null && detail.status() == VisitStatus.IN_REVIEW
        && request.isUserInRole(Roles.CODER) && request.getRemoteUser().equals(detail.holderUsername());
  }

  /** A supervisor other than its coder may approve or reject this coded visit. */
  public boolean isApproving() {
    return detail != null && detail.status() == VisitStatus.CODED
        && request.isUserInRole(Roles.SUPERVISOR) && !request.getRemoteUser().equals(detail.codedByUsername());
  }

  public void saveLines() {
    List<CodingWorksheet.LineChange> changes = edits.stream().map(EditableLine::toChange).toList();
    try {
      int changed = worksheet.recode(id, detail.version(), changes);
      Feedback.info(changed == 0 ? "Nothing changed on the lines." : "Saved " + changed + " change(s) to visit " + id + ".");
      load();
    } catch (InvalidVisitException bad) {
      FacesContext faces = FacesContext.getCurrentInstance();
      for (FieldProblem p : bad.getProblems()) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, p.message(), null));
      }
      faces.validationFailed();
    } catch (WorkflowException refused) {
      Feedback.error(refused.getMessage());
    }
  }

  public void acknowledge(VisitDetail.FindingRow row) {
    if (Feedback.attempt(() -> worksheet.acknowledge(id, detail.version(), row.key(), ackReasons.get(row.key())),
        "Warning " + row.finding().id() + " acknowledged.")) {
      load();
    }
  }

  public String markCoded() {
    return transition(() -> workflow.markCoded(id), "Visit " + id + " is coded and waits for approval.", "/coder/index");
  }

  public String returnToTherapist() {
    return transition(() -> workflow.returnToTherapist(id, comment), "Visit " + id + " went back to the therapist.", "/coder/index");
  }

  public String approve() {
    return transition(() -> workflow.approve(id), "Visit " + id + " is approved and ready to bill.", "/supervisor/index");
  }

  public String reject() {
    return transition(() -> workflow.reject(id, comment), "Visit " + id + " went back to its coder.", "/supervisor/index");
  }

  /** Runs a transition; on success the message travels with the redirect to the next page. */
  private String transition(Feedback.Step step, String done, String next) {
    if (Feedback.attempt(step, done)) {
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return next + "?faces-redirect=true";
    }
    load();
    return null;
  }

  /** The supervisor's reason for sending the visit back, while the visit is still being recoded. */
  public boolean isRejectionOpen() {
    return detail != null && detail.rejectReason() != null && !Visit.FINISHED.contains(detail.status());
  }

  public String usd(Long cents) {
    return cents == null ? "" : Money.usd(cents);
  }

  /** Claims open on the billing pages (coders and admins). */
  public boolean isBilling() {
    return request.isUserInRole(Roles.CODER) || request.isUserInRole(Roles.ADMIN);
  }

  public List<ClaimRow> getClaims() { return claims; }
  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public VisitDetail getDetail() { return detail; }
  public PagedRows<VisitEvent> getHistory() { return history; }
  public List<EditableLine> getEdits() { return edits; }
  public Map<String, String> getAckReasons() { return ackReasons; }
  public String getComment() { return comment; }
  public void setComment(String comment) { this.comment = comment; }
  public String getResubmitReason() { return resubmitReason; }
  public void setResubmitReason(String resubmitReason) { this.resubmitReason = resubmitReason; }
}
