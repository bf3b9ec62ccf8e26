package com.quarterhour.claims.web;

import com.quarterhour.claims.BillingQueries;
import com.quarterhour.claims.BillingQueries.ClaimRow;
import com.quarterhour.portal.web.PagedRows;
import com.quarterhour.rules.Money;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Backs billing/batch.xhtml: the claims of one batch, a page at a time. */
@Named
@ViewScoped
public class BatchView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private BillingQueries queries;

  private Long id;
  private long count;
  private PagedRows<ClaimRow> claims;

  /** Called by the page's viewAction. */
  public void load() {
    count = id == null ? 0 : queries.claimCountOfBatch(id);
    Long batch = id;
    BillingQueries service = queries; // the rows keep the service, not this view
    claims = count == 0 ? null : new PagedRows<>(() -> service.claimCountOfBatch(batch),
        (first, size) -> service.claimsOfBatch(batch, first, size), ClaimRow::id);
  }

  public String usd(Long cents) {
    return cents == null ? "" : Money.usd(cents);
  }

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public long getCount() { return count; }
  public PagedRows<ClaimRow> getClaims() { return claims; }
}
