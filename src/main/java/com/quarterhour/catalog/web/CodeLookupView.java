package com.quarterhour.catalog.web;

import com.quarterhour.rules.CodeCatalog;
import com.quarterhour.rules.CodeDefinition;
import com.quarterhour.rules.DescriptorChange;
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

  /** The code's descriptor changes, oldest first ("added 1990, changed 2010"). */
  public List<DescriptorChange> history(String code) {
    return catalog.history(code);
  }
}
