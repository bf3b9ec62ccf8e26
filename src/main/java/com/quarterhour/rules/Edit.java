package com.quarterhour.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * One coding edit of the scrubber: a stable id, a severity, a check over a visit, and the words
 * for what the check found.
 */
public interface Edit {

  String id();

  Severity severity();

  /**
   * What a visit must have for this edit to find anything: {@link EditContext} facts (HAS_…,
   * IS_MEDICARE), all of them. The engine does not run the edit on a visit that lacks one, so the
   * check itself can take them for granted. 0: every visit.
   */
  default int needs() {
    return 0;
  }

  /**
   * Whether a hit keeps the therapist from signing the session. Errors do, except paperwork the
   * therapist cannot fix (a physician's signature, a payer's authorization): those hold the visit in
   * coding and approval instead, where the front desk and the coder see them.
   */
  default boolean blocksSignature() {
    return severity() == Severity.ERROR;
  }

  /** Reports every problem found to the visit ({@link EditContext#report}); nothing when it is clean. */
  void check(EditContext visit);

  /** The finding a coder reads for one of this edit's hits. */
  Finding describe(EditContext visit, Hit hit);

  /** A finding naming the hit's lines (1-based in the finding). */
  default Finding finding(Hit hit, String message, String fix) {
    List<Integer> lines = new ArrayList<>(2);
    if (hit.first() >= 0) {
      lines.add(hit.first() + 1);
    }
    if (hit.second() >= 0) {
      lines.add(hit.second() + 1);
    }
    return new Finding(id(), severity(), lines, message, fix);
  }
}
