package com.quarterhour.portal.web;

import com.quarterhour.identity.ClinicianDirectory;
import com.quarterhour.identity.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** The logged-in user as the page header shows them, and their way out. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject private HttpServletRequest request;
  @Inject private ExternalContext external;
  @Inject private ClinicianDirectory clinicians;

  private String displayName;

  public String getUsername() {
    return request.getRemoteUser();
  }

  /** The clinician's name, looked up once per login: every page's header shows it. */
  public String getDisplayName() {
    if (displayName == null) {
      HttpSession session = request.getSession();
      displayName = (String) session.getAttribute(DISPLAY_NAME);
      if (displayName == null) {
        displayName = clinicians.displayName();
        session.setAttribute(DISPLAY_NAME, displayName);
      }
    }
    return displayName;
  }

  private static final String DISPLAY_NAME = "quarterhour.displayName";

  /** The realm roles of the user, in the portal's order. */
  public List<String> getRoles() {
    return Arrays.stream(Roles.ALL).filter(request::isUserInRole).toList();
  }

  /** The roles as one line for the header: "therapist, admin". */
  public String getRoleList() {
    return String.join(", ", getRoles());
  }

  public boolean hasRole(String role) {
    return request.isUserInRole(role);
  }

  /** Where the user starts: the home page of their first role. */
  public String getHomePath() {
    return getRoles().stream().findFirst().map(r -> "/" + r + "/index.xhtml").orElse("/no-role.xhtml");
  }

  /** Ends the portal session and the Keycloak session; the next page asks for a login again. */
  public void logout() throws ServletException, IOException {
    request.logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/");
  }
}
