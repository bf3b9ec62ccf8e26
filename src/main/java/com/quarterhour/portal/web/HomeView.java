package com.quarterhour.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** The root page sends every user to their role's home page. */
@Named
@RequestScoped
public class HomeView {

  @Inject private CurrentUser user;
  @Inject private ExternalContext external;

  public void land() throws IOException {
    external.redirect(external.getRequestContextPath() + user.getHomePath());
  }
}
