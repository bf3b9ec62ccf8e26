package com.quarterhour.catalog.web;

import com.quarterhour.rules.CodeCatalog;
import com.quarterhour.rules.CodeDefinition;
import com.quarterhour.rules.DescriptorChange;
import com.quarterhour.rules.ScoringEngine;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs codes.xhtml: the catalog, searchable by number or words. */
@Named
@RequestScoped
public class CodeLookupView {

  @Inject private CodeCatalog catalog;
  @Inject private ScoringEngine engine;

  // Request scope is enough: each keystroke posts the query and renders the table in one request.
  private String query;

  private List<CodeDefinition> codes;

  /** The codes matching the search, by code number; searched once per request (the table reads it often). */
  public List<CodeDefinition> getCodes() {
    if (codes == null) {
      codes = catalog.all().stream()
          .filter(c -> CodeSearch.matches(c, catalog.history(c.code()), query))
          .sorted(java.util.Comparator.comparing(CodeDefinition::code))
          .toList();
    }
    return codes;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
    codes = null;
  }

  /** NCCI partners of the code as "97530 (column 2, modifier indicator 1, since 2020-01-01)". */
  public List<String> ncciPartners(String code) {
    return engine.ncci().pairsOf(code).stream()
        .map(p -> {
          boolean first = p.column1().equals(code);
          String other = first ? p.column2() : p.column1();
          return other + " (" + (first ? "column 2" : "column 1") + ", modifier indicator " + p.modifierIndicator()
              + ", " + p.effective() + (p.deleted() == null ? " on" : " – " + p.deleted()) + ")";
        })
        .sorted()
        .toList();
  }

  /** The code's descriptor changes, oldest first ("added 1990, changed 2010"). */
  public List<DescriptorChange> history(String code) {
    return catalog.history(code);
  }
}
