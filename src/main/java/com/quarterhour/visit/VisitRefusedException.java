package com.quarterhour.visit;

/**
 * The visit does not allow what was asked of it: the wrong state, holder or author, or an
 * unfinished coding. The message is the sentence the user reads ("the visit is Coded; this needs
 * it In review"); the visit is left as it was.
 */
public class VisitRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public VisitRefusedException(String message) {
    super(message);
  }
}
