package com.quarterhour.rules;

/** How much a finding matters: errors block submission, warnings need a reason, info explains. */
public enum Severity {
  ERROR,
  WARNING,
  INFO
}
