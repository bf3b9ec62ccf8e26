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

  /** The payer's whole schedule, read once, to ask for many dates (rescoring a year of visits). */
  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public PayerFees ofPayer(Long payerId) {
    Payer payer = payerId == null ? null : em.find(Payer.class, payerId);
    if (payer == null || payer.getFeeScheduleId() == null) {
      return new PayerFees(engine, List.of());
    }
    return new PayerFees(engine, em.createQuery("select f from Fee f where f.scheduleId = :schedule order by f.effectiveFrom, f.id", Fee.class)
        .setParameter("schedule", payer.getFeeScheduleId())
        .getResultList());
  }

  /** A payer's fee rows, and the engine's schedule for each date asked (made once per distinct set of rows in effect). */
  public static final class PayerFees {
    private final ScoringEngine engine;
    private final List<Fee> fees;
    private final Map<List<Fee>, FeeSchedule> made = new HashMap<>();

    PayerFees(ScoringEngine engine, List<Fee> fees) {
      this.engine = engine;
      this.fees = fees;
    }

    public FeeSchedule on(LocalDate dateOfService) {
      if (fees.isEmpty() || dateOfService == null) {
        return FeeSchedule.NONE;
      }
      List<Fee> inEffect = fees.stream().filter(f -> f.isInEffectOn(dateOfService)).toList();
      return made.computeIfAbsent(inEffect, rows -> {
        Map<String, BigDecimal> perUnit = new HashMap<>();
        for (Fee fee : rows) {
          perUnit.put(fee.getCode(), fee.getAllowedPerUnit()); // a later start wins where two overlap
        }
        return engine.fees(perUnit);
      });
    }
  }
}
