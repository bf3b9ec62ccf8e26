package com.quarterhour.claims.web;

import com.quarterhour.claims.ClaimLine;
import com.quarterhour.claims.Claims;
import com.quarterhour.claims.Claims.ClaimDetail;
import com.quarterhour.claims.NoSuchBillingRecordException;
import com.quarterhour.rules.Money;
import com.quarterhour.shared.ClinicCalendar;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs billing/claim.xhtml: one claim, its lines with what the payer paid and adjusted, and its history. */
@Named
@RequestScoped
public class ClaimView {

  @Inject private Claims claims;
  @Inject private ClinicCalendar calendar;

  private Long id;
  private ClaimDetail detail;

  /** Called by the page's viewAction: reads the claim named by ?id= (the page says so when there is none). */
  public void load() {
    try {
      detail = id == null ? null : claims.detail(id);
    } catch (NoSuchBillingRecordException none) {
      detail = null;
    }
  }

  /** The payer's adjustments and remarks on a line, each with its meaning in words. */
  public List<String> reasonsOf(ClaimLine line) {
    return detail.reasonsOf(line);
  }

  /** The adjustments and remarks on the claim as a whole. */
  public List<String> getClaimReasons() {
    return detail.claimReasons();
  }

  /** "2026-11-26 14:02:11" in the clinic's time zone. */
  public String when(java.time.Instant at) {
    return calendar.when(at);
  }

  public String usd(Long cents) {
    return cents == null ? "" : Money.usd(cents);
  }

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public ClaimDetail getDetail() { return detail; }
}
