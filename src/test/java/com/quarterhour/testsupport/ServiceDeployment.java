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
            "com.quarterhour.claims",
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
        .addClass(ServiceAccount.class)
        .addClass(CatalogProducer.class)
        .addAsResource("META-INF/persistence.xml")
        .addAsResource("com/quarterhour/rules/codes.csv")
        .addAsResource("com/quarterhour/rules/ncci-ptp.tsv")
        .addAsResource("com/quarterhour/rules/mue.csv")
        .addAsResource("com/quarterhour/rules/kx-thresholds.csv")
        .addAsResource("com/quarterhour/rules/code-descriptors.csv")
        .addAsResource("com/quarterhour/claims/x12-837P.xml")
        .addAsResource("com/quarterhour/claims/x12-835.xml")
        .addAsResource("com/quarterhour/claims/adjustment-codes.csv")
        .addAsResource("ValidationMessages.properties")
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
        .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class))
        .addAsLibrary(jarOf(io.xlate.edi.stream.EDIOutputFactory.class))
        .addAsLibrary(jarOf(org.apache.pdfbox.Loader.class))
        .addAsLibrary(jarOf(org.apache.pdfbox.io.RandomAccessRead.class))
        .addAsLibrary(jarOf(org.apache.fontbox.FontBoxFont.class));
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
