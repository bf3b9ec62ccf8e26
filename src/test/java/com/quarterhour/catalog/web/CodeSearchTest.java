package com.quarterhour.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.rules.CodeCatalog;
import com.quarterhour.rules.CodeDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeSearchTest {

  private final CodeCatalog catalog = CodeCatalog.bundled();

  private List<String> search(String query) {
    return catalog.all().stream()
        .filter(c -> CodeSearch.matches(c, catalog.history(c.code()), query))
        .map(CodeDefinition::code)
        .sorted()
        .toList();
  }

  @Test
  void findsCodesByTheStartOfTheirNumber() {
    assertThat(search("9711")).contains("97110", "97112", "97113", "97116").doesNotContain("97140");
  }

  @Test
  void everyWordMustMatchInAnyOrderAndCase() {
    assertThat(search("MANUAL therapy")).contains("97140");
    assertThat(search("therapy manual")).contains("97140");
    assertThat(search("manual gait")).isEmpty();
  }

  @Test
  void anEmptySearchListsEveryCode() {
    assertThat(search("  ")).hasSize(catalog.all().size());
  }
}
