package com.quarterhour.rules.edits;

import com.quarterhour.rules.AssistantMinutes;
import com.quarterhour.rules.Edit;
import com.quarterhour.rules.EditContext;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.Hit;
import com.quarterhour.rules.Severity;

/**
 * ASSISTANT_MODIFIER_REQUIRED (Medicare): an assistant furnished a billed unit of the line (or more
 * than 10 % of an untimed line) and the line lacks CQ (PT) or CO (OT).
 */
public final class AssistantModifierRequired implements Edit {
  public String id() { return "ASSISTANT_MODIFIER_REQUIRED"; }
  public Severity severity() { return Severity.ERROR; }
  public int needs() { return EditContext.IS_MEDICARE | EditContext.HAS_ASSISTANTS; }

  public void check(EditContext v) {
    String modifier = modifier(v);
    AssistantMinutes minutes = v.history().assistants();
    for (int i = 0; i < v.size(); i++) {
      int units = minutes.assistantUnits(i, v.billedUnits(i), v.isTimed(i));
      if (units > 0 && (modifier == null || !v.hasAssistantModifier(i, modifier))) {
        v.report(i, -1, units);
      }
    }
  }

  /** CQ for a PT plan, CO for OT; without a known discipline, CQ (PT assistants are the common case). */
  private static String modifier(EditContext v) {
    return v.visit().discipline() == null ? "CQ" : v.visit().discipline().assistantModifier();
  }

  public Finding describe(EditContext v, Hit hit) {
    int i = hit.first();
    AssistantMinutes m = v.history().assistants();
    String modifier = modifier(v);
    String split = m.therapistAlone(i) + " min by the therapist, " + m.assistantAlone(i) + " by the assistant, " + m.together(i) + " together";
    if (modifier == null) {
      return finding(hit, v.code(i) + ": an assistant furnished part of the service (" + split + "), and Medicare pays no assistant for "
          + v.visit().discipline().label().toLowerCase(java.util.Locale.ROOT) + ".", "Record the minutes as the therapist's only if the therapist furnished them.");
    }
    return finding(hit,
        v.code(i) + ": " + hit.detail() + " of " + v.billedUnits(i) + " unit(s) are the assistant's (" + split + "); the line needs " + modifier + ".",
        "Add " + modifier + " (paid at 85 %), or correct who furnished the minutes.");
  }
}
