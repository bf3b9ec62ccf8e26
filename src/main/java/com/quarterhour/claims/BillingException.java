package com.quarterhour.claims;

import com.quarterhour.shared.RefusedException;
import jakarta.ejb.ApplicationException;

/** Billing refused, with the sentence the user reads; nothing of the attempt is kept. */
@ApplicationException(rollback = true)
public class BillingException extends RefusedException {

  private static final long serialVersionUID = 1L;

  public BillingException(String message) {
    super(message);
  }
}
