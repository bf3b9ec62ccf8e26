package com.quarterhour.shared;

/**
 * An action the portal refuses, with the sentence the user reads ("Visit 12 is Coded; …"). Pages
 * show the message as it is; features subclass it for their own refusals.
 */
public class RefusedException extends Exception {

  private static final long serialVersionUID = 1L;

  public RefusedException(String message) {
    super(message);
  }
}
