package com.quarterhour.rules;

/** How a code is billed and which edits look at it (billing-rules.md section 1). */
public enum CodeCategory {
  EVALUATION,
  RE_EVALUATION,
  SUPERVISED_MODALITY,
  CONSTANT_ATTENDANCE_MODALITY,
  ONE_ON_ONE_PROCEDURE,
  GROUP,
  ADD_ON
}
