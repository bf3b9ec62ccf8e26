package com.quarterhour.identity;

/** Keycloak realm roles; WildFly maps them one-to-one to servlet and EJB roles. */
public final class Roles {
  public static final String THERAPIST = "therapist";
  public static final String CODER = "coder";
  public static final String SUPERVISOR = "supervisor";
  public static final String ADMIN = "admin";

  /** Service accounts of EHR systems that call the scoring API (no portal pages). */
  public static final String INTEGRATION = "integration";

  /** In the order a user with several roles lands on their home page. */
  public static final String[] ALL = {THERAPIST, CODER, SUPERVISOR, ADMIN};

  private Roles() {}

  /**
   * A therapist with no other role sees only the visits they treated; coders, supervisors and
   * admins see the clinic's.
   *
   * @param inRole the caller's role check (SessionContext or HttpServletRequest isCallerInRole/isUserInRole)
   */
  public static boolean seesOnlyOwnVisits(java.util.function.Predicate<String> inRole) {
    return inRole.test(THERAPIST) && !inRole.test(CODER) && !inRole.test(SUPERVISOR) && !inRole.test(ADMIN);
  }
}
