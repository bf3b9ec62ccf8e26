package com.quarterhour.chart;

import jakarta.enterprise.event.Observes;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.TransactionAttribute;
import jakarta.annotation.security.PermitAll;
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
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    return historyOf(questionOf(visit));
  }

  /**
   * What a history is asked about: the visit (null id for one not saved yet), its patient, therapist,
   * payer, discipline, date of service and plan of care.
   */
  public record Question(Long visitId, Long patientId, Long clinicianId, Long payerId, Discipline discipline,
      LocalDate dateOfService, Long planId, com.quarterhour.rules.AssistantMinutes assistants) {}

  /** The history of a visit from its parts (also for a session not saved yet). */
  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public VisitHistory historyOf(Question q) {
    return historyOf(q, new Reads());
  }

  /**
   * What one rescoring reads once and asks many times: each patient's visits, each payer's fees on a
   * date, each patient's authorizations, each therapist's one-on-one time on a day.
   */
  private final class Reads {
    private final Map<Long, PatientVisits> visits = new HashMap<>();
    private final Map<Long, Fees.PayerFees> fees = new HashMap<>();
    private final Map<Long, List<PayerAuthorization>> authorizations = new HashMap<>();
    private final Map<String, Map<LocalDate, int[]>> busy = new HashMap<>();
    /** The dates a rescoring covers: the therapists' days are read for all of them at once. */
    private final LocalDate from;
    private final LocalDate through;

    Reads() {
      this(null, null);
    }

    Reads(LocalDate from, LocalDate through) {
      this.from = from;
      this.through = through;
    }

    PatientVisits visitsOf(Long patientId) {
      return visits.computeIfAbsent(patientId == null ? -1L : patientId, id -> PatientVisits.of(em, patientId));
    }

    FeeSchedule fees(Long payerId, LocalDate dos) {
      return fees.computeIfAbsent(payerId == null ? -1L : payerId, id -> CareHistory.this.fees.ofPayer(payerId)).on(dos);
    }

    List<PayerAuthorization> authorizationsOf(Long patientId) {
      return authorizations.computeIfAbsent(patientId, id -> em.createQuery(
              "select a from PayerAuthorization a join fetch a.payer where a.patient.id = :patient order by a.validFrom, a.id",
              PayerAuthorization.class)
          .setParameter("patient", id)
          .getResultList());
    }

    int[] busy(Long patientId, Long clinicianId, LocalDate dos) {
      if (patientId == null || clinicianId == null || dos == null) {
        return null; // no patient chosen yet: "another patient" means nothing
      }
      boolean inRange = from != null && !dos.isBefore(from) && !dos.isAfter(through);
      LocalDate first = inRange ? from : dos;
      LocalDate last = inRange ? through : dos;
      return busy.computeIfAbsent(patientId + "/" + clinicianId + "/" + first + "/" + last,
          k -> otherOneOnOne(patientId, clinicianId, first, last)).get(dos);
    }
  }

  private VisitHistory historyOf(Question q, Reads reads) {
    LocalDate dos = q.dateOfService();
    PatientVisits visits = reads.visitsOf(q.patientId());
    PlanOfCare plan = q.planId() == null ? null : em.find(PlanOfCare.class, q.planId());
    VisitHistory.PlanOfCare certification = plan == null ? null : plan.certificationOn(dos);
    int treatmentDays = 0;
    if (plan != null) {
      LocalDate lastReport = plan.lastProgressReportBefore(dos);
      treatmentDays = visits.treatmentDays(plan.getId(), q.visitId(),
          lastReport == null ? plan.getFirstTreatment().minusDays(1) : lastReport, dos);
    }
    boolean report = plan != null && plan.hasProgressReportOn(dos);
    int[] busy = reads.busy(q.patientId(), q.clinicianId(), dos);
    FeeSchedule fees = reads.fees(q.payerId(), dos);
    long yearToDate = q.discipline() == null || dos == null ? 0 : visits.yearToDateCents(q.visitId(), q.discipline(), dos);
    VisitHistory.Authorization authorization = authorizationOn(q, reads);
    return new VisitHistory(yearToDate, fees, certification, treatmentDays, report, authorization, q.assistants(), busy);
  }

  /**
   * The payer's authorization for the patient and discipline that the visit uses (the one valid on
   * its date, else the latest: then the date is outside it), with the visits that used it before
   * this one; null when none is on file, i.e. the payer requires none.
   */
  private VisitHistory.Authorization authorizationOn(Question q, Reads reads) {
    if (q.patientId() == null || q.payerId() == null || q.discipline() == null) {
      return null;
    }
    PayerAuthorization used = null;
    for (PayerAuthorization a : reads.authorizationsOf(q.patientId())) {
      if (a.getPayer().getId().equals(q.payerId()) && a.getDiscipline() == q.discipline()
          && (used == null || !used.covers(q.dateOfService()) || a.covers(q.dateOfService()))) {
        used = a; // the latest that covers the date; failing that, the latest
      }
    }
    if (used == null) {
      return null;
    }
    int before = reads.visitsOf(q.patientId()).usedBefore(used, q.visitId(), q.dateOfService());
    return new VisitHistory.Authorization(used.getNumber(), before, used.getVisitsAuthorized(), used.getValidFrom(),
        used.getValidThrough());
  }

  /** The disciplines that share a KX threshold with this one. */
  static List<Discipline> bucket(Discipline discipline) {
    return discipline.sharesPtSlpThreshold() ? List.of(Discipline.PT, Discipline.SLP) : List.of(Discipline.OT);
  }

  /**
   * The same therapist's one-on-one time in other patients' visits on the days from {@code from}
   * through {@code through}, by day: timed lines with start and stop times, as clock spans.
   */
  private Map<LocalDate, int[]> otherOneOnOne(Long patientId, Long clinicianId, LocalDate from, LocalDate through) {
    List<Object[]> rows = em.createQuery(
            "select v.dateOfService, l.cptCode, l.startTime, l.stopTime from ServiceLine l join l.visit v where v.clinician.id = :clinician"
                + " and v.dateOfService >= :from and v.dateOfService <= :through and v.patient.id <> :patient"
                + " and l.startTime is not null and l.stopTime is not null", Object[].class)
        .setParameter("clinician", clinicianId)
        .setParameter("from", from)
        .setParameter("through", through)
        .setParameter("patient", patientId)
        .getResultList();
    Map<LocalDate, int[]> byDay = new HashMap<>();
    for (Object[] row : rows) {
      var def = engine.catalog().get((String) row[1]);
      if (def != null && def.timed()) {
        int span = VisitInput.clockSpan(minuteOfDay((LocalTime) row[2]), minuteOfDay((LocalTime) row[3]));
        byDay.merge((LocalDate) row[0], new int[] {span}, (a, b) -> {
          int[] both = java.util.Arrays.copyOf(a, a.length + 1);
          both[a.length] = b[0];
          return both;
        });
      }
    }
    return byDay;
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
    return fileAndRescore(visit, null);
  }

  /**
   * Files the visit under the plan of care the therapist chose (checked by {@link #planProblem}), or
   * when none was chosen under the patient's plan of its discipline open on its date; then scores it.
   */
  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public Score fileAndRescore(Visit visit, Long chosenPlanId) {
    visit.belongTo(chosenPlanId != null ? chosenPlanId
        : openPlanId(visit.getPatient().getId(), visit.getDiscipline(), visit.getDateOfService()));
    return rescore(visit);
  }

  /**
   * What is wrong with filing a visit of the patient, discipline and date under the plan chosen, in
   * a sentence naming the field; null when nothing is (or no plan was chosen).
   */
  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public String planProblem(Long planId, Long patientId, Discipline discipline, LocalDate date) {
    if (planId == null) {
      return null;
    }
    PlanOfCare plan = em.find(PlanOfCare.class, planId);
    if (plan == null || !plan.getPatient().getId().equals(patientId)) {
      return "Plan of care: the plan chosen is not this patient's; choose one of theirs or leave it to the open one.";
    }
    if (discipline != null && plan.getDiscipline() != discipline) {
      return "Plan of care: the plan chosen is for " + plan.getDiscipline() + " and the session is " + discipline
          + "; choose one of the patient's " + discipline + " plans.";
    }
    if (date != null && (date.isBefore(plan.getFirstTreatment())
        || plan.getDischargedOn() != null && date.isAfter(plan.getDischargedOn()))) {
      return "Plan of care: the plan chosen runs from " + plan.getFirstTreatment()
          + (plan.getDischargedOn() == null ? "" : " to " + plan.getDischargedOn()) + "; the date of service " + date
          + " is outside it.";
    }
    return null;
  }

  /** Scores the visit with its history and stores the verdict on it. */
  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public Score rescore(Visit visit) {
    return visit.rescore(engine, historyOf(visit));
  }

  private Question questionOf(Visit visit) {
    return new Question(visit.getId(), visit.getPatient().getId(), visit.getClinician().getId(), visit.getPayer().getId(),
        visit.getDiscipline(), visit.getDateOfService(), visit.getPlanOfCareId(), visit.assistantMinutes());
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
                + " and v.status not in :done and ((v.payer.medicare = true and v.discipline in :bucket and v.dateOfService <= :dec31)"
                + " or (v.payer.id = :payer and v.discipline = :discipline)) order by v.dateOfService, v.id", Visit.class)
        .setParameter("patient", patientId)
        .setParameter("payer", payerId == null ? -1L : payerId)
        .setParameter("discipline", discipline)
        .setParameter("bucket", bucket(discipline))
        .setParameter("from", from)
        .setParameter("dec31", from.withDayOfYear(from.lengthOfYear()))
        .setParameter("changed", changedVisitId == null ? -1L : changedVisitId)
        .setParameter("done", Visit.FINISHED)
        .getResultList();
    rescoreAll(later);
    return later.size();
  }

  /**
   * Scores many visits again in one go. Rescoring changes a visit's verdict, never what another
   * visit's history reads (amounts, states, dates, times), so the queries need not flush the visits
   * already rescored first: with a thousand visits in the persistence context, checking them all
   * for changes before each of the thousands of queries was most of the time.
   */
  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public void rescoreAll(List<Visit> visits) {
    em.flush();
    FlushModeType mode = em.getFlushMode();
    em.setFlushMode(FlushModeType.COMMIT);
    try {
      LocalDate from = visits.stream().map(Visit::getDateOfService).min(LocalDate::compareTo).orElse(null);
      LocalDate through = visits.stream().map(Visit::getDateOfService).max(LocalDate::compareTo).orElse(null);
      Reads reads = new Reads(from, through);
      for (Visit visit : visits) {
        visit.rescore(engine, historyOf(questionOf(visit), reads));
      }
    } finally {
      em.setFlushMode(mode);
    }
    em.flush();
  }

  /** Visits whose history a change of the plan can change: every one not yet ready to bill. */
  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public List<Visit> openVisitsOf(Long planId) {
    return em.createQuery("select v from Visit v where v.planOfCareId = :plan and v.status not in :done order by v.dateOfService, v.id",
            Visit.class)
        .setParameter("plan", planId)
        .setParameter("done", Visit.FINISHED)
        .getResultList();
  }

  /**
   * A fee schedule changed: the open visits it prices in the changed days are priced (and so
   * scored) again, in the transaction of the change. Visits ready to bill keep the amounts they
   * were approved with.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void feesChanged(@Observes com.quarterhour.money.FeesChanged change) {
    List<Visit> visits = em.createQuery("select v from Visit v where v.payer.feeScheduleId = :schedule and v.status not in :done"
                + " and v.dateOfService >= :from and v.dateOfService <= :through order by v.dateOfService, v.id", Visit.class)
        .setParameter("schedule", change.scheduleId())
        .setParameter("done", Visit.FINISHED)
        .setParameter("from", change.from() == null ? LocalDate.of(1900, 1, 1) : change.from())
        .setParameter("through", change.through() == null ? LocalDate.of(9999, 12, 31) : change.through())
        .getResultList();
    rescoreAll(visits);
  }
}
