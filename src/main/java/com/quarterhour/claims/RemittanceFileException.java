package com.quarterhour.claims;

/** An 835 the product cannot post: the message names the segment position and what is wrong. */
public class RemittanceFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RemittanceFileException(String message) {
    super(message);
  }
}
