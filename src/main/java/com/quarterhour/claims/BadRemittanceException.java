package com.quarterhour.claims;

/** An 835 that cannot be posted as sent (the API answers 400); the message names the segment and the problem. */
public class BadRemittanceException extends BillingException {

  private static final long serialVersionUID = 1L;

  public BadRemittanceException(String message) {
    super(message);
  }
}
