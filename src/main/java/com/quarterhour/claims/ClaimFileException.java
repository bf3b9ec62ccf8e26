package com.quarterhour.claims;

/** A claim file that cannot be written (or read) as the implementation schema wants, with where and why. */
public class ClaimFileException extends RuntimeException {

  public ClaimFileException(String message) {
    super(message);
  }

  public ClaimFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
