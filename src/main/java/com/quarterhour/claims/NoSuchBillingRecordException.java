package com.quarterhour.claims;

/** The payer, batch or claim asked for does not exist (the API answers 404). */
public class NoSuchBillingRecordException extends BillingException {

  private static final long serialVersionUID = 1L;

  public NoSuchBillingRecordException(String message) {
    super(message);
  }
}
