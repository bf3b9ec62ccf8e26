package com.quarterhour.rules.edits;

import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Hit;
import com.quarterhour.rules.Severity;

/**
 * PROGRESS_REPORT_DUE (Medicare, warning): this visit is the 10th treatment day or later since the
 * episode began or since the last progress report, and no report is written at it.
 */
public final class ProgressReportDue implements Edit {
  /** A progress report is due at least every 10 treatment days. */
  public static final int TREATMENT_DAYS = 10;

  public String id() { return "PROGRESS_REPORT_DUE"; }
  public Severity severity() { return Severity.WARNING; }
  public int needs() { return EditContext.IS_MEDICARE | EditContext.HAS_HISTORY; }

  public void check(EditContext v) {
    if (!v.history().progressReportAtThisVisit() && v.history().treatmentDaysSinceProgressReport() + 1 >= TREATMENT_DAYS) {
      v.report(-1);
    }
  }

  public Finding describe(EditContext v, Hit hit) {
    return finding(hit,
        "This is treatment day " + (v.history().treatmentDaysSinceProgressReport() + 1)
            + " since the last progress report; Medicare wants one at least every " + TREATMENT_DAYS + " treatment days.",
        "Write the progress report at this visit (the therapist, not an assistant), or acknowledge why it is not due.");
  }
}
