package com.quarterhour.money;

import com.quarterhour.identity.Roles;
import com.quarterhour.reference.Payer;
import com.quarterhour.rules.CodeCatalog;
import com.quarterhour.shared.RefusedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The admin keeps the money tables: fee schedules (what each payer allows per unit, by date), which
 * schedule a payer pays by, the clinic's charge master, and the Medicare schedule from CMS's
 * relative value file. A change prices the affected open visits again in the same transaction; a
 * refused change names each bad field and changes nothing.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class FeeAdmin {

  /** The most a unit may be charged or allowed: a typo guard, far above any therapy code. */
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("9999.99");

  /** CY 2026 PFS conversion factor (non-qualifying APM participants, 90 FR 49266), used when a file carries none. */
  public static final BigDecimal CONVERSION_FACTOR_2026 = new BigDecimal("33.4009");

  @PersistenceContext private EntityManager em;
  @Inject private CodeCatalog catalog;
  @Inject private Event<FeesChanged> feesChanged;

  /** Every fee schedule, by name (a clinic has a handful: one per contract). */
  @RolesAllowed({Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public List<Schedule> schedules() {
    return em.createQuery("select s from Schedule s order by s.name, s.id", Schedule.class).getResultList();
  }

  /** The schedule's fee rows, by code then date. */
  @RolesAllowed({Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public List<Fee> fees(Long scheduleId) {
    return em.createQuery("select f from Fee f where f.scheduleId = :s order by f.code, f.effectiveFrom", Fee.class)
        .setParameter("s", scheduleId).getResultList();
  }

  /** The charge master, by code. */
  @RolesAllowed({Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public List<Charge> charges() {
    return em.createQuery("select c from Charge c order by c.code", Charge.class).getResultList();
  }

  /** Opens a fee schedule (e.g. a commercial contract's); returns its id. */
  public Long openSchedule(String name, String source) throws RefusedException {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty()) {
      throw new RefusedException("Schedule name: required.");
    }
    if (n.length() > Schedule.MAX_NAME) {
      throw new RefusedException("Schedule name: at most " + Schedule.MAX_NAME + " characters (" + n.length() + " given).");
    }
    Schedule s = new Schedule(n, source == null || source.isBlank() ? null : source.strip());
    try {
      em.persist(s);
      em.flush();
    } catch (PersistenceException taken) {
      throw new RefusedException("Schedule name: \"" + n + "\" is already a schedule's name.");
    }
    return s.getId();
  }

  /**
   * Sets what the schedule allows per unit of a code from a date (through a date, or open): the row
   * of that code and first day is replaced, another one added.
   */
  public void setFee(Long scheduleId, String code, LocalDate from, LocalDate through, BigDecimal allowedPerUnit)
      throws RefusedException {
    Schedule schedule = locked(scheduleId);
    String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
    List<String> problems = new ArrayList<>();
    codeProblem(c, problems);
    if (from == null) {
      problems.add("Effective from: required.");
    } else if (through != null && through.isBefore(from)) {
      problems.add("Effective through: before the first day (" + from + ").");
    }
    amount("Allowed per unit", allowedPerUnit, problems);
    if (!problems.isEmpty()) {
      throw new RefusedException(String.join(" ", problems));
    }
    em.createQuery("delete from Fee f where f.scheduleId = :s and f.code = :c and f.effectiveFrom = :from")
        .setParameter("s", schedule.getId()).setParameter("c", c).setParameter("from", from).executeUpdate();
    em.persist(new Fee(schedule.getId(), c, from, through, allowedPerUnit.setScale(2, java.math.RoundingMode.HALF_UP)));
    em.flush();
    feesChanged.fire(new FeesChanged(schedule.getId(), from, through));
  }

  /** The payer pays by the schedule from now on (null: by none); its open visits are priced again. */
  public void payBy(Long payerId, Long scheduleId) throws RefusedException {
    Payer payer = payerId == null ? null : em.find(Payer.class, payerId, LockModeType.PESSIMISTIC_WRITE);
    if (payer == null) {
      throw new RefusedException("Payer: choose a payer.");
    }
    Long old = payer.getFeeScheduleId();
    if (scheduleId != null) {
      locked(scheduleId);
    }
    payer.allowBy(scheduleId);
    em.flush();
    if (old != null) {
      feesChanged.fire(new FeesChanged(old, null, null));
    }
    if (scheduleId != null && !scheduleId.equals(old)) {
      feesChanged.fire(new FeesChanged(scheduleId, null, null));
    }
  }

  /** Sets what the clinic charges per unit of a code. */
  public void setCharge(String code, BigDecimal chargePerUnit) throws RefusedException {
    String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
    List<String> problems = new ArrayList<>();
    codeProblem(c, problems);
    amount("Charge per unit", chargePerUnit, problems);
    if (!problems.isEmpty()) {
      throw new RefusedException(String.join(" ", problems));
    }
    BigDecimal amount = chargePerUnit.setScale(2, java.math.RoundingMode.HALF_UP);
    Charge charge = em.find(Charge.class, c, LockModeType.PESSIMISTIC_WRITE);
    if (charge == null) {
      em.persist(new Charge(c, amount));
    } else {
      charge.change(amount);
    }
  }

  /** What an import of the relative value file did. */
  public record Imported(int codes, int rows, BigDecimal conversionFactor) {}

  /**
   * Replaces the schedule's amounts for a calendar year with those CMS's relative value file gives
   * for the clinic's codes. A file with any bad row changes nothing.
   */
  public Imported importRelativeValues(Long scheduleId, int year, java.io.InputStream upload) throws RefusedException {
    Schedule schedule = locked(scheduleId);
    Set<String> wanted = catalog.all().stream().map(com.quarterhour.rules.CodeDefinition::code).collect(Collectors.toSet());
    RelativeValueFile.Result file;
    // CMS writes the file in Windows-1252; its codes and numbers are ASCII either way.
    try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(upload, java.nio.charset.StandardCharsets.ISO_8859_1))) {
      file = RelativeValueFile.read(in, wanted, CONVERSION_FACTOR_2026);
    } catch (java.io.IOException e) {
      throw new RefusedException("The file could not be read; nothing changed.");
    }
    if (!file.accepted()) {
      throw new RefusedException("The file was not imported; nothing changed. " + String.join(" ", file.problems()));
    }
    if (year < 2000 || year > 2100) {
      throw new RefusedException("Year: " + year + " is not a fee schedule year.");
    }
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate through = LocalDate.of(year, 12, 31);
    em.createQuery("delete from Fee f where f.scheduleId = :s and f.effectiveFrom >= :from and f.effectiveFrom <= :through")
        .setParameter("s", schedule.getId()).setParameter("from", from).setParameter("through", through).executeUpdate();
    for (RelativeValueFile.Rvu rvu : file.fees()) {
      em.persist(new Fee(schedule.getId(), rvu.code(), from, through, rvu.allowedPerUnit()));
    }
    BigDecimal factor = file.fees().get(0).conversionFactor();
    schedule.describeSource("CMS PFS relative value file " + year + ": (work + non-facility PE + MP RVUs) x CF $" + factor
        + ", national, imported " + LocalDate.now());
    em.flush();
    feesChanged.fire(new FeesChanged(schedule.getId(), from, through));
    return new Imported(file.fees().size(), file.rows(), factor);
  }

  private Schedule locked(Long scheduleId) throws RefusedException {
    Schedule s = scheduleId == null ? null : em.find(Schedule.class, scheduleId, LockModeType.PESSIMISTIC_WRITE);
    if (s == null) {
      throw new RefusedException("Fee schedule: choose a schedule.");
    }
    return s;
  }

  private void codeProblem(String code, List<String> problems) {
    if (catalog.find(code).isEmpty()) {
      problems.add("Code: " + (code.isEmpty() ? "required." : code + " is not a code of the clinic's catalog."));
    }
  }

  private static void amount(String field, BigDecimal value, List<String> problems) {
    if (value == null) {
      problems.add(field + ": required.");
    } else if (value.signum() < 0 || value.compareTo(MAX_AMOUNT) > 0) {
      problems.add(field + ": from $0.00 to $" + MAX_AMOUNT + " (" + value.toPlainString() + " given).");
    } else if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
      problems.add(field + ": dollars and cents (" + value.toPlainString() + " given).");
    }
  }
}
