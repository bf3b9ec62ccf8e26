package com.quarterhour.rules.edits;

import com.quarterhour.rules.CodeCategory;
import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Hit;
import com.quarterhour.rules.Severity;

/** GROUP_OVERLAPS_ONE_ON_ONE: group therapy time overlaps one-on-one or constant-attendance time. */
public final class GroupOverlapsOneOnOne implements Edit {
  public String id() { return "GROUP_OVERLAPS_ONE_ON_ONE"; }
  public Severity severity() { return Severity.ERROR; }
  public int needs() { return EditContext.HAS_GROUP | EditContext.HAS_TIMES; }

  public void check(EditContext v) {
    for (int g = 0; g < v.size(); g++) {
      if (!v.hasCategory(g, CodeCategory.GROUP)) {
        continue;
      }
      for (int i = 0; i < v.size(); i++) {
        if ((v.hasCategory(i, CodeCategory.ONE_ON_ONE_PROCEDURE) || v.hasCategory(i, CodeCategory.CONSTANT_ATTENDANCE_MODALITY))
            && v.overlap(g, i)) {
          v.report(g, i);
        }
      }
    }
  }

  public Finding describe(EditContext v, Hit hit) {
    var g = v.line(hit.first());
    var i = v.line(hit.second());
    return finding(hit,
        "Group therapy " + g.code() + " (" + g.start() + "–" + g.stop() + ") overlaps " + i.code() + " (" + i.start() + "–" + i.stop() + ").",
        "During group time only " + g.code() + " is billed; correct the times if the sessions were separate, otherwise remove " + i.code() + ".");
  }
}
