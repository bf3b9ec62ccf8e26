package com.quarterhour.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house's shape, checked on the compiled classes: features (the packages right under
 * com.quarterhour) depend on each other without cycles, and the rules engine stays plain Java.
 */
class ArchitectureTest {

  private static JavaClasses portal;

  @BeforeAll
  static void importTheProductionClasses() {
    portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.quarterhour");
  }

  @Test
  void featuresDependOnEachOtherWithoutCycles() {
    slices().matching("com.quarterhour.(*)..").namingSlices("$1").should().beFreeOfCycles().check(portal);
  }

  @Test
  void theRulesEngineImportsNoJakartaEe() {
    noClasses().that().resideInAPackage("com.quarterhour.rules..")
        .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax..")
        .check(portal);
  }

  @Test
  void theRulesEngineKnowsNoFeature() {
    noClasses().that().resideInAPackage("com.quarterhour.rules..")
        .should().dependOnClassesThat().resideOutsideOfPackages("com.quarterhour.rules..", "java..")
        .check(portal);
  }

  @Test
  void theVisitAggregateKnowsNoScreenAndNoOtherFeatureThanItsReferenceData() {
    noClasses().that().resideInAPackage("com.quarterhour.visit..")
        .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.primefaces..", "com.quarterhour.documentation..",
            "com.quarterhour.review..", "com.quarterhour.approval..", "com.quarterhour.queries..", "com.quarterhour.audit..",
            "com.quarterhour.dashboard..", "com.quarterhour.portal..", "com.quarterhour.platform..")
        .check(portal);
  }
}
