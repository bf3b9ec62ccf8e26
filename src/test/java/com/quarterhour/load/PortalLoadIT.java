package com.quarterhour.load;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The load test of one server ({@code mvn -Pload verify}, after the seeder filled the database): see
 * {@link PortalLoad}. Report in target/load-report.md and .csv; fails when a request fails, and with
 * -Dload.enforceGoal=true also on a missed goal.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalLoadIT {

  @Test
  void fiftySessionsPerRoleWorkThePortalAndEveryKindIsReportedAgainstTheStaticFloor() throws Exception {
    PortalLoad.Outcome outcome = new PortalLoad().measure("load-report", true);

    outcome.assertNoFailures();
    if (Boolean.getBoolean("load.enforceGoal")) {
      outcome.assertGoals();
    }
  }
}
