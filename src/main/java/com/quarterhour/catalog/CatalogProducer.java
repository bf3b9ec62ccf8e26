package com.quarterhour.catalog;

import com.quarterhour.rules.CodeCatalog;
import com.quarterhour.rules.UnitCalculator;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The bundled catalog and the calculator over it, read once per deployment. */
@jakarta.enterprise.context.ApplicationScoped
public class CatalogProducer {

  @Produces
  @Singleton
  CodeCatalog catalog() {
    return CodeCatalog.bundled();
  }

  @Produces
  @Singleton
  UnitCalculator unitCalculator(CodeCatalog catalog) {
    return new UnitCalculator(catalog);
  }
}
