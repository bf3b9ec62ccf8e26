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
}
