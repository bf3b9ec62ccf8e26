package com.quarterhour.portal.web;

import com.quarterhour.shared.RefusedException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Page-level messages (the layout's message area) for the outcome of an action. */
public final class Feedback {

  private Feedback() {}

  public static void info(String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(text));
  }

  public static void error(String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /** A step (a workflow transition, a save) that the services may refuse. */
  @FunctionalInterface
  public interface Step {
    void run() throws RefusedException;
  }

  /**
   * Runs the step and says how it went: {@code done} if it went through, the refusal if not.
   *
   * @return whether it went through
   */
  public static boolean attempt(Step step, String done) {
    try {
      step.run();
      info(done);
      return true;
    } catch (RefusedException refused) {
      error(refused.getMessage());
      return false;
    }
  }
}
