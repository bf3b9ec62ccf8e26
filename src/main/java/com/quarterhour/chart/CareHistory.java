package com.quarterhour.chart;

import com.quarterhour.identity.Roles;
import com.quarterhour.money.Fees;
import com.quarterhour.rules.Discipline;
import com.quarterhour.rules.FeeSchedule;
import com.quarterhour.rules.Score;
import com.quarterhour.rules.ScoringEngine;
import com.quarterhour.rules.VisitHistory;
import com.quarterhour.rules.VisitInput;
import com.quarterhour.visit.Visit;
import com.quarterhour.visit.VisitStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Builds the history the engine decides the edits across visits from (billing-rules.md §3.3), from
 * what the database knows: the visit's plan of care on its date (certification, treatment days since
 * the last progress report, a report written that day) and the therapist's one-on-one time with other
 * patients that day. Callers check who may see the visit; this only reads.
 */
@Stateless
public class CareHistory {

  @PersistenceContext private EntityManager em;
  @Inject private ScoringEngine engine;
  @Inject private Fees fees;

  /** The history of a stored visit or of one being typed (visit id null). */
  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public VisitHistory historyOf(Visit visit) {
    return historyOf(new Question(visit.getId(), visit.getPatient().getId(), visit.getClinician().getId(), visit.getPayer().getId(),
        visit.getDiscipline(), visit.getDateOfService(), visit.getPlanOfCareId()));
  }

  /**
   * What a history is asked about: the visit (null id for one not saved yet), its patient, therapist,
   * payer, discipline, date of service and plan of care.
   */
  public record Question(Long visitId, Long patientId, Long clinicianId, Long payerId, Discipline discipline,
      LocalDate dateOfService, Long planId) {}

  /** The history of a visit from its parts (also for a session not saved yet). */
  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public VisitHistory historyOf(Question q) {
    LocalDate dos = q.dateOfService();
    PlanOfCare plan = q.planId() == null ? null : em.find(PlanOfCare.class, q.planId());
    VisitHistory.PlanOfCare certification = plan == null ? null : plan.certificationOn(dos);
    int treatmentDays = plan == null ? 0 : treatmentDaysSinceProgressReport(plan, q.visitId(), dos);
    boolean report = plan != null && plan.hasProgressReportOn(dos);
    int[] busy = otherOneOnOne(q.visitId(), q.patientId(), q.clinicianId(), dos);
    FeeSchedule fees = this.fees.forPayer(q.payerId(), dos);
    long yearToDate = yearToDateCents(q.visitId(), q.patientId(), q.discipline(), dos);
    VisitHistory.Authorization authorization = authorizationOn(q);
    return new VisitHistory(yearToDate, fees, certification, treatmentDays, report, authorization, null, busy);
  }

  /**
   * The payer's authorization for the patient and discipline that the visit uses (the one valid on
   * its date, else the latest: then the date is outside it), with the visits that used it before
   * this one (earlier dates, or the same date with a lower number; drafts and rejected visits left
   * out); null when none is on file, i.e. the payer requires none.
   */
  private VisitHistory.Authorization authorizationOn(Question q) {
    if (q.patientId() == null || q.payerId() == null || q.discipline() == null) {
      return null;
    }
    List<PayerAuthorization> all = em.createQuery(
            "select a from PayerAuthorization a where a.patient.id = :patient and a.payer.id = :payer and a.discipline = :discipline"
                + " order by a.validFrom, a.id", PayerAuthorization.class)
        .setParameter("patient", q.patientId())
        .setParameter("payer", q.payerId())
        .setParameter("discipline", q.discipline())
        .getResultList();
    if (all.isEmpty()) {
      return null;
    }
    PayerAuthorization used = all.get(all.size() - 1);
    for (PayerAuthorization a : all) {
      if (a.covers(q.dateOfService())) {
        used = a;
      }
    }
    int before = usedBefore(used, q.visitId(), q.dateOfService());
    return new VisitHistory.Authorization(used.getNumber(), before, used.getVisitsAuthorized(), used.getValidFrom(),
        used.getValidThrough());
  }

  /** Visits that used the authorization before the given one (all of them for a date after it). */
  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public int usedBefore(PayerAuthorization a, Long visitId, LocalDate dateOfService) {
    Long n = em.createQuery(
            "select count(v) from Visit v where v.patient.id = :patient and v.payer.id = :payer and v.discipline = :discipline"
                + " and v.status not in :left and v.dateOfService >= :from and v.dateOfService <= :through"
                + " and (v.dateOfService < :dos or (v.dateOfService = :dos and v.id < :self))", Long.class)
        .setParameter("patient", a.getPatient().getId())
        .setParameter("payer", a.getPayer().getId())
        .setParameter("discipline", a.getDiscipline())
        .setParameter("left", Visit.LEFT_OUT_OF_YEAR_TO_DATE)
        .setParameter("from", a.getValidFrom())
        .setParameter("through", a.getValidThrough())
        .setParameter("dos", dateOfService)
        .setParameter("self", visitId == null ? Long.MAX_VALUE : visitId)
        .getSingleResult();
    return n.intValue();
  }

  /**
   * The patient's Medicare allowed amount this calendar year in the visit's threshold bucket (PT and
   * SLP together, or OT) before this visit: visits of an earlier date, or of the same date with a
   * lower number (a visit not saved yet comes after all of them); drafts and rejected visits left
   * out. The chart's year-to-date is the same sum.
   */
  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public long yearToDateCents(Long visitId, Long patientId, Discipline discipline, LocalDate dateOfService) {
    if (patientId == null || discipline == null || dateOfService == null) {
      return 0;
    }
    Long sum = em.createQuery(
            "select coalesce(sum(v.allowedCents), 0) from Visit v where v.patient.id = :patient and v.payer.medicare = true"
                + " and v.discipline in :bucket and v.status not in :left and v.dateOfService >= :jan1"
                + " and (v.dateOfService < :dos or (v.dateOfService = :dos and v.id < :self))", Long.class)
        .setParameter("patient", patientId)
        .setParameter("bucket", bucket(discipline))
        .setParameter("left", Visit.LEFT_OUT_OF_YEAR_TO_DATE)
        .setParameter("jan1", dateOfService.withDayOfYear(1))
        .setParameter("dos", dateOfService)
        .setParameter("self", visitId == null ? Long.MAX_VALUE : visitId)
        .getSingleResult();
    return sum;
  }

  /** The disciplines that share a KX threshold with this one. */
  static List<Discipline> bucket(Discipline discipline) {
    return discipline.sharesPtSlpThreshold() ? List.of(Discipline.PT, Discipline.SLP) : List.of(Discipline.OT);
  }

  /**
   * Treatment days of the plan before this visit's date and after its last progress report (or
   * since the episode began): distinct dates of its other visits, drafts included (the treatment
   * took place), rejected ones too (they come back corrected).
   */
  private int treatmentDaysSinceProgressReport(PlanOfCare plan, Long visitId, LocalDate dateOfService) {
    LocalDate lastReport = plan.lastProgressReportBefore(dateOfService);
    Long days = em.createQuery(
            "select count(distinct v.dateOfService) from Visit v where v.planOfCareId = :plan and v.id <> :self"
                + " and v.dateOfService < :dos and v.dateOfService > :after", Long.class)
        .setParameter("plan", plan.getId())
        .setParameter("self", visitId == null ? -1L : visitId)
        .setParameter("dos", dateOfService)
        .setParameter("after", lastReport == null ? plan.getFirstTreatment().minusDays(1) : lastReport)
        .getSingleResult();
    return days.intValue();
  }

  /**
   * The same therapist's one-on-one time in other patients' visits that day: timed lines with
   * start and stop times, as clock spans.
   */
  private int[] otherOneOnOne(Long visitId, Long patientId, Long clinicianId, LocalDate dateOfService) {
    if (patientId == null || clinicianId == null) {
      return null; // no patient chosen yet: "another patient" means nothing
    }
    List<Object[]> rows = em.createQuery(
            "select l.cptCode, l.startTime, l.stopTime from ServiceLine l join l.visit v where v.clinician.id = :clinician"
                + " and v.dateOfService = :dos and v.patient.id <> :patient and v.id <> :self and l.startTime is not null"
                + " and l.stopTime is not null", Object[].class)
        .setParameter("clinician", clinicianId)
        .setParameter("dos", dateOfService)
        .setParameter("patient", patientId)
        .setParameter("self", visitId == null ? -1L : visitId)
        .getResultList();
    int[] spans = new int[rows.size()];
    int n = 0;
    for (Object[] row : rows) {
      var def = engine.catalog().get((String) row[0]);
      if (def != null && def.timed()) {
        spans[n++] = VisitInput.clockSpan(minuteOfDay((LocalTime) row[1]), minuteOfDay((LocalTime) row[2]));
      }
    }
    return n == 0 ? null : java.util.Arrays.copyOf(spans, n);
  }

  private static int minuteOfDay(LocalTime time) {
    return time.getHour() * 60 + time.getMinute();
  }

  /**
   * Files the visit under the patient's plan of care of its discipline open on its date (the latest
   * begun, when episodes overlap), or under none, and scores it with its history: the one way the
   * portal stores a visit's verdict.
   */
  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public Score fileAndRescore(Visit visit) {
    visit.belongTo(openPlanId(visit.getPatient().getId(), visit.getDiscipline(), visit.getDateOfService()));
    return rescore(visit);
  }

  /** Scores the visit with its history and stores the verdict on it. */
  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public Score rescore(Visit visit) {
    return visit.rescore(engine, historyOf(visit));
  }

  /** Scores the visit with its history without changing it (for reading). */
  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public Score score(Visit visit) {
    return engine.score(visit.toRuleInput(), historyOf(visit));
  }

  /** The patient's plan of care of the discipline open on the date, or null. */
  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public Long openPlanId(Long patientId, Discipline discipline, LocalDate date) {
    if (patientId == null || discipline == null || date == null) {
      return null;
    }
    List<Long> ids = em.createQuery(
            "select p.id from PlanOfCare p where p.patient.id = :patient and p.discipline = :discipline"
                + " and p.firstTreatment <= :date and (p.dischargedOn is null or p.dischargedOn >= :date)"
                + " order by p.firstTreatment desc, p.id desc", Long.class)
        .setParameter("patient", patientId)
        .setParameter("discipline", discipline)
        .setParameter("date", date)
        .setMaxResults(1)
        .getResultList();
    return ids.isEmpty() ? null : ids.get(0);
  }

  /**
   * A visit was added, changed, signed or sent back: the year-to-date of the patient's Medicare
   * visits of the same threshold bucket from that date on (to the end of that year) has changed, so
   * their KX verdicts are taken afresh. Visits ready to bill keep theirs (a correction goes through
   * review again).
   *
   * @return how many visits were rescored
   */
  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public int rescoreLaterVisits(Long patientId, Long payerId, Discipline discipline, LocalDate from, Long changedVisitId) {
    if (patientId == null || discipline == null || from == null) {
      return 0;
    }
    em.flush(); // the changed visit's amount and state are what the sums below read
    // Medicare visits of the bucket that year (the year-to-date), and visits of the same payer and
    // discipline (an authorization's visits used).
    List<Visit> later = em.createQuery(
            "select v from Visit v where v.patient.id = :patient and v.dateOfService >= :from and v.id <> :changed"
                + " and v.status <> :done and ((v.payer.medicare = true and v.discipline in :bucket and v.dateOfService <= :dec31)"
                + " or (v.payer.id = :payer and v.discipline = :discipline)) order by v.dateOfService, v.id", Visit.class)
        .setParameter("patient", patientId)
        .setParameter("payer", payerId == null ? -1L : payerId)
        .setParameter("discipline", discipline)
        .setParameter("bucket", bucket(discipline))
        .setParameter("from", from)
        .setParameter("dec31", from.withDayOfYear(from.lengthOfYear()))
        .setParameter("changed", changedVisitId == null ? -1L : changedVisitId)
        .setParameter("done", VisitStatus.READY_TO_BILL)
        .getResultList();
    for (Visit visit : later) {
      rescore(visit);
    }
    return later.size();
  }

  /** Visits whose history a change of the plan can change: every one not yet ready to bill. */
  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public List<Visit> openVisitsOf(Long planId) {
    return em.createQuery("select v from Visit v where v.planOfCareId = :plan and v.status <> :done order by v.dateOfService, v.id",
            Visit.class)
        .setParameter("plan", planId)
        .setParameter("done", VisitStatus.READY_TO_BILL)
        .getResultList();
  }
}
