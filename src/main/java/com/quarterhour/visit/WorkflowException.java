package com.quarterhour.visit;

import com.quarterhour.shared.RefusedException;
import jakarta.ejb.ApplicationException;

/**
 * A transition the visit's state, owner or holder does not allow, or a missing reason. The
 * transaction rolls back: the visit stays as it was.
 */
@ApplicationException(rollback = true)
public class WorkflowException extends RefusedException {

  public WorkflowException(String message) {
    super(message);
  }
}
