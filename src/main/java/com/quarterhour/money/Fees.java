package com.quarterhour.money;

import com.quarterhour.identity.Roles;
import com.quarterhour.reference.Payer;
import com.quarterhour.rules.FeeSchedule;
import com.quarterhour.rules.ScoringEngine;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a payer allows per unit on a date of service, as the engine adds it up. */
@Stateless
public class Fees {

  /** The schedule Medicare payers bill under, shipped by migration V13. */
  public static final String MEDICARE_SCHEDULE = "Medicare PFS 2026 (national)";

  @PersistenceContext private EntityManager em;
  @Inject private ScoringEngine engine;

  /** The payer's allowed amounts in effect on the date; {@link FeeSchedule#NONE} when it has no schedule. */
  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public FeeSchedule forPayer(Long payerId, LocalDate dateOfService) {
    Payer payer = payerId == null ? null : em.find(Payer.class, payerId);
    if (payer == null || payer.getFeeScheduleId() == null || dateOfService == null) {
      return FeeSchedule.NONE;
    }
    List<Fee> fees = em.createQuery(
            "select f from Fee f where f.scheduleId = :schedule and f.effectiveFrom <= :dos"
                + " and (f.effectiveThrough is null or f.effectiveThrough >= :dos) order by f.effectiveFrom", Fee.class)
        .setParameter("schedule", payer.getFeeScheduleId())
        .setParameter("dos", dateOfService)
        .getResultList();
    Map<String, BigDecimal> perUnit = new HashMap<>();
    for (Fee fee : fees) {
      perUnit.put(fee.getCode(), fee.getAllowedPerUnit()); // a later start wins where two overlap
    }
    return engine.fees(perUnit);
  }
}
