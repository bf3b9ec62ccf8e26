package com.quarterhour.review.service;

import com.quarterhour.visit.domain.VisitStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the coder narrowed the queue to. Null fields do not filter.
 *
 * @param statuses the states to list; empty means the coder's working set (submitted, in review, rejected)
 * @param onlyWithErrors true: only visits the engine finds errors in
 * @param waitingDays only visits submitted at least this many days ago
 * @param search a visit number, or the start of a patient's last name or MRN
 */
public record QueueFilter(
    Set<VisitStatus> statuses,
    Long payerId,
    Long therapistId,
    LocalDate from,
    LocalDate to,
    boolean onlyWithErrors,
    Integer waitingDays,
    String search)
    implements Serializable {

  /** The states a coder works on. */
  public static final Set<VisitStatus> WORKING = EnumSet.of(VisitStatus.SUBMITTED, VisitStatus.IN_REVIEW, VisitStatus.REJECTED);

  public QueueFilter {
    statuses = statuses == null || statuses.isEmpty() ? WORKING : Set.copyOf(statuses);
  }

  public static QueueFilter working() {
    return new QueueFilter(null, null, null, null, null, false, null, null);
  }
}
