package com.quarterhour.portal.web;

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

  /** A workflow step that the services may refuse. */
  @FunctionalInterface
  public interface Step {
    void run() throws com.quarterhour.visit.service.WorkflowException;
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
    } catch (com.quarterhour.visit.service.WorkflowException refused) {
      error(refused.getMessage());
      return false;
    }
  }
}
