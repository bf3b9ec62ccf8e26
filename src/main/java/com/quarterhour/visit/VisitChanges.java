package com.quarterhour.visit;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Publishes the steps a visit recorded as CDI events. Observers (the history) run synchronously,
 * in the caller's transaction: a change and its history are saved together or not at all.
 */
@Dependent
public class VisitChanges {

  @Inject private Event<VisitChanged> events;

  /** Fires every step the visit recorded since the last publication; the visit must have its id. */
  public void publish(Visit visit) {
    for (VisitChanged change : visit.takeChanges()) {
      events.fire(change);
    }
  }
}
