package com.quarterhour.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Demo clinic for ./run.sh and the browser tests (QH_DEMO_DATA=true), seeded once at start-up by
 * {@link DemoClinic}. Idempotent: it seeds only when the first demo patient is missing, so a restart
 * never duplicates anything. Names are invented.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class DemoData {

  static final String MARKER_MRN = "DEMO-0001";

  @Inject private DemoClinic clinic;

  @PostConstruct
  void seed() {
    if (Boolean.parseBoolean(System.getenv("QH_DEMO_DATA"))) {
      clinic.seedOnce();
    }
  }
}
