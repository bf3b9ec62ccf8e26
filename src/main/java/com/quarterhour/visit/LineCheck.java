package com.quarterhour.visit;

import com.quarterhour.rules.CodeCatalog;
import com.quarterhour.rules.InputCheck;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The checks a line's code and modifiers get wherever they are typed: session entry or worksheet. */
public final class LineCheck {

  private LineCheck() {}

  /**
   * @param i the line's index, from 0 (fields are named lines[i].code and lines[i].modifiers)
   * @param dos the date of service the code must be valid on, or null when unknown yet
   */
  public static List<FieldProblem> codeAndModifiers(int i, String codeText, String modifiersText, CodeCatalog catalog, LocalDate dos) {
    List<FieldProblem> problems = new ArrayList<>();
    String where = "Line " + (i + 1);
    String code = codeText == null ? "" : codeText.trim();
    if (code.isEmpty()) {
      problems.add(new FieldProblem("lines[" + i + "].code", where + ": enter a CPT code."));
    } else if (!catalog.find(code).isPresent()) {
      problems.add(new FieldProblem("lines[" + i + "].code", where + ": " + code + " is not a known CPT code."));
    } else if (dos != null && !catalog.isBillable(code, dos)) {
      problems.add(new FieldProblem("lines[" + i + "].code", where + ": " + code + " is not valid on " + dos + "."));
    }
    for (String problem : InputCheck.modifierProblems(i + 1, modifiers(modifiersText))) {
      problems.add(new FieldProblem("lines[" + i + "].modifiers", problem));
    }
    return problems;
  }

  /** "gp 59" or "GP,59" or "GP-59" -> [GP, 59]. */
  public static List<String> modifiers(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(text.trim().toUpperCase(java.util.Locale.ROOT).split("[\\s,-]+")).filter(s -> !s.isEmpty()).toList();
  }

  public static String code(String text) {
    return text == null ? "" : text.trim().toUpperCase(java.util.Locale.ROOT);
  }
}
