package com.quarterhour.catalog.web;

import com.quarterhour.rules.CodeDefinition;
import com.quarterhour.rules.DescriptorChange;
import java.util.List;
import java.util.Locale;

/**
 * Finds codes by number or words: every word of the query must appear in the code, its description,
 * its category or any of its past descriptors ("manual therapy", "9711", "gait training").
 */
final class CodeSearch {

  private CodeSearch() {}

  static boolean matches(CodeDefinition code, List<DescriptorChange> history, String query) {
    if (query == null || query.isBlank()) {
      return true;
    }
    StringBuilder text = new StringBuilder(code.code()).append(' ').append(code.description()).append(' ')
        .append(code.category().name().replace('_', ' ')).append(' ').append(code.timed() ? "timed" : "untimed");
    history.forEach(h -> text.append(' ').append(h.descriptor()));
    String haystack = text.toString().toLowerCase(Locale.ROOT);
    for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
      if (!haystack.contains(word)) {
        return false;
      }
    }
    return true;
  }
}
