package com.quarterhour.queries;

import com.quarterhour.visit.VisitStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a list of visits is narrowed to. Null fields and an empty set of states do not filter.
 *
 * @param statuses the states to list; empty lists every state
 * @param onlyWithErrors true: only visits the engine finds errors in
 * @param waitingDays only visits submitted at least this many days ago
 * @param search a visit number, or the start of a patient's last name or MRN
 */
public record VisitFilter(
    Set<VisitStatus> statuses,
    Long payerId,
    Long therapistId,
    LocalDate from,
    LocalDate to,
    boolean onlyWithErrors,
    Integer waitingDays,
    String search)
    implements Serializable {

  /** The states a coder works on: the review queue's default. */
  public static final Set<VisitStatus> WORKING = EnumSet.of(VisitStatus.SUBMITTED, VisitStatus.IN_REVIEW, VisitStatus.REJECTED);

  public VisitFilter {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
  }

  /** The same filter with another search text (a visit number, or the start of a name or MRN). */
  public VisitFilter withSearch(String text) {
    return new VisitFilter(statuses, payerId, therapistId, from, to, onlyWithErrors, waitingDays, text);
  }

  /** The coder's working set. */
  public static VisitFilter working() {
    return inStatus(WORKING);
  }

  public static VisitFilter inStatus(Set<VisitStatus> statuses) {
    return new VisitFilter(statuses, null, null, null, null, false, null, null);
  }

  /** Every visit the caller may see. */
  public static VisitFilter any() {
    return inStatus(Set.of());
  }
}
