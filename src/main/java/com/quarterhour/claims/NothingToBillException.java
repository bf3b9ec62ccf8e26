package com.quarterhour.claims;

/** No visit of the payer is ready to bill (the API answers 409). */
public class NothingToBillException extends BillingException {

  private static final long serialVersionUID = 1L;

  public NothingToBillException(String message) {
    super(message);
  }
}
