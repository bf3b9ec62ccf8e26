package com.quarterhour.catalog.web;

import com.quarterhour.rules.CodeCatalog;
import com.quarterhour.rules.CodeDefinition;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs codes.xhtml: the catalog, searchable by number or words in the table's filters. */
@Named
@RequestScoped
public class CodeLookupView {

  @Inject private CodeCatalog catalog;

  public List<CodeDefinition> getCodes() {
    return List.copyOf(catalog.all());
  }
}
