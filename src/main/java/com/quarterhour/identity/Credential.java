package com.quarterhour.identity;

import com.quarterhour.rules.Discipline;

/**
 * What a treating clinician is licensed as. Assistants (PTA, COTA) work under a therapist of the
 * same discipline, and their share of a service decides CQ/CO (billing-rules.md §2.4).
 */
public enum Credential {
  PT("Physical therapist", Discipline.PT, false),
  PTA("Physical therapist assistant", Discipline.PT, true),
  OT("Occupational therapist", Discipline.OT, false),
  COTA("Certified occupational therapy assistant", Discipline.OT, true),
  SLP("Speech-language pathologist", Discipline.SLP, false);

  private final String label;
  private final Discipline discipline;
  private final boolean assistant;

  Credential(String label, Discipline discipline, boolean assistant) {
    this.label = label;
    this.discipline = discipline;
    this.assistant = assistant;
  }

  public String label() {
    return label;
  }

  public Discipline discipline() {
    return discipline;
  }

  /** An assistant's services are supervised and may need CQ (PT) or CO (OT). */
  public boolean isAssistant() {
    return assistant;
  }
}
