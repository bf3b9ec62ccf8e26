package com.quarterhour.catalog;

import com.quarterhour.rules.CodeCatalog;
import com.quarterhour.rules.ScoringEngine;
import com.quarterhour.rules.UnitCalculator;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The rules engine with the bundled catalog and starter NCCI/MUE tables, read once per deployment. */
@jakarta.enterprise.context.ApplicationScoped
public class CatalogProducer {

  @Produces
  @Singleton
  ScoringEngine engine() {
    return ScoringEngine.bundled();
  }

  @Produces
  @Singleton
  CodeCatalog catalog(ScoringEngine engine) {
    return engine.catalog();
  }

  @Produces
  @Singleton
  UnitCalculator unitCalculator(CodeCatalog catalog) {
    return new UnitCalculator(catalog);
  }
}
