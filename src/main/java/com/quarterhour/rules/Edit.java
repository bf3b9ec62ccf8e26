package com.quarterhour.rules;

import java.util.ArrayList;
import java.util.List;

/** One coding edit of the scrubber: a stable id, a severity and a check over a visit. */
public interface Edit {

  String id();

  Severity severity();

  /** Adds a finding to {@code out} for every problem found; adds nothing when the visit is clean. */
  void check(EditContext visit, List<Finding> out);

  /** A finding of this edit; {@code lines} are 0-based here and 1-based in the finding. */
  default Finding finding(String message, String fix, int... lines) {
    List<Integer> numbers = new ArrayList<>(lines.length);
    for (int line : lines) {
      numbers.add(line + 1);
    }
    return new Finding(id(), severity(), numbers, message, fix);
  }
}
