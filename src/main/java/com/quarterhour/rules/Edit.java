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

  /** Reports a hit to the visit ({@link EditContext#report}) for every problem found; nothing when it is clean. */
  void check(EditContext visit);

  /** The finding a coder reads for one of this edit's hits. */
  Finding describe(EditContext visit, Hit hit);

  default Hit hit(int first) {
    return new Hit(this, first, -1, 0);
  }

  default Hit hit(int first, int second) {
    return new Hit(this, first, second, 0);
  }

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
