package com.quarterhour.visit;

/**
 * Domain event: a step in a visit's life (created, submitted, a line recoded, approved …) with the
 * changed subject, old and new value and the reason given. The visit records these as it changes;
 * the service that saved it publishes them, and the history observes them in the same transaction.
 * Who acted is not part of the event: the observer takes it from the security context.
 *
 * @param visitId null until the visit is stored
 */
public record VisitChanged(Long visitId, VisitAction action, String subject, String oldValue, String newValue, String reason) {

  static VisitChanged step(VisitAction action, String reason) {
    return new VisitChanged(null, action, null, null, null, reason);
  }

  static VisitChanged field(VisitAction action, String subject, String oldValue, String newValue, String reason) {
    return new VisitChanged(null, action, subject, oldValue, newValue, reason);
  }

  VisitChanged of(Long id) {
    return new VisitChanged(id, action, subject, oldValue, newValue, reason);
  }
}
