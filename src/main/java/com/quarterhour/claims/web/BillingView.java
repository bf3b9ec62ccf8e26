package com.quarterhour.claims.web;

import com.quarterhour.claims.BillingException;
import com.quarterhour.claims.BillingQueries;
import com.quarterhour.claims.BillingQueries.BatchRow;
import com.quarterhour.claims.BillingQueries.BatchState;
import com.quarterhour.claims.ClaimBatches;
import com.quarterhour.claims.ClaimBatches.PayerRow;
import com.quarterhour.claims.RemittancePosting;
import com.quarterhour.claims.Remittance;
import com.quarterhour.portal.web.Feedback;
import com.quarterhour.portal.web.PagedRows;
import com.quarterhour.portal.web.Tables;
import com.quarterhour.rules.Money;
import com.quarterhour.shared.ClinicCalendar;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Backs billing/index.xhtml: the payers with what is ready to bill and a batch button each, the
 * batches (paged, by payer and state) with their 837P files, and the 835 upload with what posting it did.
 */
@Named
@ViewScoped
public class BillingView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ClaimBatches batches;
  @Inject private BillingQueries queries;
  @Inject private RemittancePosting posting;
  @Inject private ClinicCalendar calendar;

  private List<PayerRow> payers;
  private Long payerId;
  private String state = "";
  private PagedRows<BatchRow> batchRows;
  private PagedRows<Remittance> remittanceRows;
  private RemittancePosting.Outcome lastPosting;
  private String lastFileName;

  @PostConstruct
  void init() {
    payers = batches.payers();
    batchRows = new PagedRows<>(() -> queries.batchCount(payerId, stateFilter()),
        (first, size) -> queries.batches(payerId, stateFilter(), first, size), BatchRow::id);
    remittanceRows = new PagedRows<>(queries::remittanceCount, queries::remittances, Remittance::getId);
  }

  private BatchState stateFilter() {
    return state == null || state.isEmpty() ? null : BatchState.valueOf(state);
  }

  /** Bills every visit of the payer that is ready now; says how many claims went out and which visits could not. */
  public void createBatch(PayerRow payer) {
    try {
      ClaimBatches.Outcome outcome = batches.create(payer.id());
      Feedback.info(String.format(Locale.ROOT, "Batch %d to %s: %d claim(s), %s.", outcome.batchId(), payer.name(), outcome.claims(),
          Money.usd(outcome.totalCents())));
      outcome.leftOut().forEach(Feedback::error);
    } catch (BillingException refused) {
      Feedback.error(refused.getMessage());
    }
    payers = batches.payers();
    Tables.firstPage("batches-form:batches");
  }

  /** The batch's 837P, as it was written when the batch was made. */
  public StreamedContent x12(BatchRow batch) {
    return download("quarterhour-batch-" + batch.id() + ".x12", "application/edi-x12",
        () -> batches.x12(batch.id()).getBytes(StandardCharsets.US_ASCII));
  }

  /** The batch's claims as CMS-1500 paper claims, for payers that take paper. */
  public StreamedContent cms1500(BatchRow batch) {
    return download("quarterhour-batch-" + batch.id() + "-cms1500.pdf", "application/pdf", () -> batches.cms1500(batch.id()));
  }

  /** A file the services make. */
  @FunctionalInterface
  private interface BillingFile {
    byte[] make() throws BillingException;
  }

  /** The file to download, or (refused) nothing and the reason on the page. */
  private static StreamedContent download(String name, String type, BillingFile file) {
    try {
      byte[] bytes = file.make();
      return DefaultStreamedContent.builder().name(name).contentType(type).contentLength((long) bytes.length)
          .stream(() -> new ByteArrayInputStream(bytes)).build();
    } catch (BillingException refused) {
      Feedback.error(refused.getMessage());
      return null;
    }
  }

  /** Posts an uploaded 835: all of it, or (a bad file) nothing, and says which. */
  public void upload(FileUploadEvent event) {
    lastFileName = event.getFile().getFileName();
    lastPosting = null;
    try (InputStream file = event.getFile().getInputStream()) {
      lastPosting = posting.post(file);
      if (lastPosting.duplicate()) {
        Feedback.info(lastFileName + " was posted before; nothing changed.");
      } else {
        Feedback.info(String.format(Locale.ROOT, "%s posted: %d of %d claim(s)%s.", lastFileName, lastPosting.posted(),
            lastPosting.claims(), lastPosting.unmatched() > 0 ? ", " + lastPosting.unmatched() + " item(s) unmatched (listed below)" : ""));
      }
    } catch (BillingException refused) {
      Feedback.error(lastFileName + ": " + refused.getMessage());
    } catch (IOException e) {
      Feedback.error("The file " + lastFileName + " could not be read; nothing was posted.");
    }
    Tables.firstPage("remittances-form:remittances");
    Tables.firstPage("batches-form:batches");
  }

  public void applyFilters() {
    Tables.firstPage("batches-form:batches");
  }

  public List<BatchState> getStates() {
    return List.of(BatchState.values());
  }

  /** "2026-11-26 14:02:11" in the clinic's time zone. */
  public String when(java.time.Instant at) {
    return calendar.when(at);
  }

  public String usd(Long cents) {
    return cents == null ? "" : Money.usd(cents);
  }

  public List<PayerRow> getPayers() { return payers; }
  public PagedRows<BatchRow> getBatchRows() { return batchRows; }
  public PagedRows<Remittance> getRemittanceRows() { return remittanceRows; }
  public RemittancePosting.Outcome getLastPosting() { return lastPosting; }
  public String getLastFileName() { return lastFileName; }
  public Long getPayerId() { return payerId; }
  public void setPayerId(Long payerId) { this.payerId = payerId; }
  public String getState() { return state; }
  public void setState(String state) { this.state = state; }
}
