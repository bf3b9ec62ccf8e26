package com.quarterhour.catalog.web;

import com.quarterhour.rules.CodeCatalog;
import com.quarterhour.rules.CodeDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The codes offered while typing a line's code (the entry form's autocomplete list). */
@Named
@ApplicationScoped
public class CodeChoices {

  @Inject private CodeCatalog catalog;

  /** Codes valid today, by number. */
  public List<CodeDefinition> getOptions() {
    LocalDate today = LocalDate.now();
    return catalog.all().stream()
        .filter(c -> catalog.isBillable(c.code(), today))
        .sorted(Comparator.comparing(CodeDefinition::code))
        .toList();
  }
}
