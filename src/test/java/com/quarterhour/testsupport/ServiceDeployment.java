package com.quarterhour.testsupport;

import com.quarterhour.catalog.CatalogProducer;
import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The services, domain and rules engine in a test WAR, with the run-as helpers. The portal's own
 * deployment has already migrated the schema, so no Flyway here.
 */
public final class ServiceDeployment {

  private ServiceDeployment() {}

  public static WebArchive war(String name) {
    return ShrinkWrap.create(WebArchive.class, name)
        .addPackages(true, "com.quarterhour.rules")
        .addPackages(
            false,
            "com.quarterhour.audit",
            "com.quarterhour.chart",
            "com.quarterhour.money",
            "com.quarterhour.dashboard.service",
            "com.quarterhour.identity",
            "com.quarterhour.visit",
            "com.quarterhour.reference",
            "com.quarterhour.shared",
            "com.quarterhour.queries",
            "com.quarterhour.documentation.service",
            "com.quarterhour.review.service",
            "com.quarterhour.approval.service",
            "com.quarterhour.testsupport.runas")
        .addClass(Race.class)
        .addClass(TestNpi.class)
        .addClass(CatalogProducer.class)
        .addAsResource("META-INF/persistence.xml")
        .addAsResource("com/quarterhour/rules/codes.csv")
        .addAsResource("com/quarterhour/rules/ncci-ptp.tsv")
        .addAsResource("com/quarterhour/rules/mue.csv")
        .addAsResource("com/quarterhour/rules/kx-thresholds.csv")
        .addAsResource("com/quarterhour/rules/code-descriptors.csv")
        .addAsResource("ValidationMessages.properties")
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
        .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
