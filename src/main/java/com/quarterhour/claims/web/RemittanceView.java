package com.quarterhour.claims.web;

import com.quarterhour.claims.Claims;
import com.quarterhour.claims.Remittance;
import com.quarterhour.claims.RemittanceUnmatched;
import com.quarterhour.portal.web.PagedRows;
import com.quarterhour.rules.Money;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Backs billing/remittance.xhtml: one posted 835 transaction and every claim or line of it that
 * matched nothing, a page at a time (the upload's outcome names only the first ones).
 */
@Named
@ViewScoped
public class RemittanceView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Claims claims;

  private Long id;
  private Remittance remittance;
  private PagedRows<RemittanceUnmatched> unmatched;

  /** Called by the page's viewAction. */
  public void load() {
    remittance = claims.remittance(id);
    Long key = id;
    Claims service = claims; // the rows keep the service, not this view
    unmatched = remittance == null ? null
        : new PagedRows<>(() -> service.unmatchedCount(key), (first, size) -> service.unmatchedOf(key, first, size), RemittanceUnmatched::getId);
  }

  public String usd(long cents) {
    return Money.usd(cents);
  }

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public Remittance getRemittance() { return remittance; }
  public PagedRows<RemittanceUnmatched> getUnmatched() { return unmatched; }
}
