package com.quarterhour.chart;

import com.quarterhour.rules.Discipline;
import com.quarterhour.visit.Visit;
import com.quarterhour.visit.VisitStatus;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One patient's visits as the edits across visits count them, read in one query: the year-to-date,
 * the treatment days of an episode and the visits an authorization has used are worked out from
 * these rows, so that the edits, the chart and the rescoring of a thousand visits share one
 * definition and one read.
 */
final class PatientVisits {

  /** A visit as the counts need it. */
  record Row(long id, LocalDate dateOfService, VisitStatus status, long allowedCents, long payerId, boolean medicare,
      Discipline discipline, Long planId) {

    /** Drafts and rejected visits count for nothing (see {@link Visit#countsTowardYearToDate}). */
    boolean counts() {
      return !Visit.LEFT_OUT_OF_YEAR_TO_DATE.contains(status);
    }

    /** Before the visit of that date and number (a visit not saved yet, null, comes after all of its date). */
    boolean isBefore(LocalDate date, Long visitId) {
      return dateOfService.isBefore(date) || (dateOfService.equals(date) && id < (visitId == null ? Long.MAX_VALUE : visitId));
    }
  }

  private final List<Row> rows;

  private PatientVisits(List<Row> rows) {
    this.rows = rows;
  }

  static PatientVisits of(EntityManager em, Long patientId) {
    if (patientId == null) {
      return new PatientVisits(List.of());
    }
    return new PatientVisits(em.createQuery(
            "select new com.quarterhour.chart.PatientVisits$Row(v.id, v.dateOfService, v.status, v.allowedCents, p.id, p.medicare,"
                + " v.discipline, v.planOfCareId) from Visit v join v.payer p where v.patient.id = :patient"
                + " order by v.dateOfService, v.id", Row.class)
        .setParameter("patient", patientId)
        .getResultList());
  }

  /**
   * The Medicare allowed amount of the calendar year in the discipline's KX bucket before the visit:
   * visits of an earlier date, or of the same date with a lower number; drafts and rejected left out.
   */
  long yearToDateCents(Long visitId, Discipline discipline, LocalDate dateOfService) {
    List<Discipline> bucket = CareHistory.bucket(discipline);
    long sum = 0;
    for (Row r : rows) {
      if (r.medicare() && r.counts() && bucket.contains(r.discipline()) && r.dateOfService().getYear() == dateOfService.getYear()
          && r.isBefore(dateOfService, visitId)) {
        sum += r.allowedCents();
      }
    }
    return sum;
  }

  /** Distinct dates of the plan's other visits after {@code after} and before the date (every visit: the treatment took place). */
  int treatmentDays(Long planId, Long visitId, LocalDate after, LocalDate dateOfService) {
    Set<LocalDate> days = new HashSet<>();
    for (Row r : rows) {
      if (planId.equals(r.planId()) && (visitId == null || r.id() != visitId) && r.dateOfService().isBefore(dateOfService)
          && r.dateOfService().isAfter(after)) {
        days.add(r.dateOfService());
      }
    }
    return days.size();
  }

  /** Visits of the authorization's payer and discipline in its dates, before the given one; drafts and rejected left out. */
  int usedBefore(PayerAuthorization a, Long visitId, LocalDate dateOfService) {
    int used = 0;
    for (Row r : rows) {
      if (r.payerId() == a.getPayer().getId() && r.discipline() == a.getDiscipline() && r.counts() && a.covers(r.dateOfService())
          && r.isBefore(dateOfService, visitId)) {
        used++;
      }
    }
    return used;
  }

  /** The visits, oldest first. */
  List<Row> rows() {
    return new ArrayList<>(rows);
  }
}
