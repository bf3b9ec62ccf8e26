package com.quarterhour.claims;

import com.quarterhour.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The admin keeps the clinic's billing details and how each payer receives claims. */
@Stateless
public class ClinicBilling {

  @PersistenceContext private EntityManager em;

  /** The clinic's billing details, or null while none are set. */
  @RolesAllowed({Roles.CODER, Roles.ADMIN})
  public BillingDetails details() {
    ClinicSettings settings = em.find(ClinicSettings.class, ClinicSettings.ID);
    return settings == null ? null : settings.details();
  }

  /** Saves the details; every bad field is named and nothing is saved. */
  @RolesAllowed(Roles.ADMIN)
  public void save(BillingDetails typed) throws BillingException {
    BillingDetails details = typed.cleaned();
    List<String> problems = details.problems();
    if (!problems.isEmpty()) {
      throw new BillingException(String.join(" ", problems));
    }
    ClinicSettings settings = em.find(ClinicSettings.class, ClinicSettings.ID, LockModeType.PESSIMISTIC_WRITE);
    if (settings == null) {
      em.persist(new ClinicSettings(details));
    } else {
      settings.apply(details);
    }
  }

  /** How a payer receives claims: its electronic payer ID (2–15 letters or digits) and whether it wants paper. */
  @RolesAllowed(Roles.ADMIN)
  public void billPayerBy(Long payerId, String payerCode, boolean paperClaims) throws BillingException {
    com.quarterhour.reference.Payer payer = payerId == null ? null : em.find(com.quarterhour.reference.Payer.class, payerId);
    if (payer == null) {
      throw new BillingException("Payer: there is no payer " + payerId + ".");
    }
    String code = payerCode == null ? "" : payerCode.strip().toUpperCase(java.util.Locale.ROOT);
    if (!code.matches("[0-9A-Z]{2,15}")) {
      throw new BillingException("Payer ID: 2 to 15 letters or digits, as the clearinghouse's payer list gives it.");
    }
    payer.billBy(code, paperClaims);
  }
}
