package com.quarterhour.visit.service;

import com.quarterhour.rules.CodeCatalog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Checks a {@link NewVisit} field by field; the same sentences appear on screen and in errors. */
final class VisitCheck {

  static final int MIN_MINUTES = 1;
  static final int MAX_MINUTES = 480;

  private VisitCheck() {}

  static List<FieldProblem> problems(NewVisit visit, CodeCatalog catalog, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (visit.patientId() == null) {
      problems.add(new FieldProblem("patient", "Patient: choose the patient who was treated."));
    }
    if (visit.payerId() == null) {
      problems.add(new FieldProblem("payer", "Payer: choose who is billed for this visit."));
    }
    LocalDate dos = visit.dateOfService();
    if (dos == null) {
      problems.add(new FieldProblem("dateOfService", "Date of service: enter the date of the treatment."));
    } else if (dos.isAfter(today)) {
      problems.add(new FieldProblem("dateOfService", "Date of service: " + dos + " is in the future."));
    }
    List<NewVisit.NewLine> lines = visit.lines() == null ? List.of() : visit.lines();
    if (lines.isEmpty()) {
      problems.add(new FieldProblem("lines", "Lines: add at least one code with its minutes."));
    }
    for (int i = 0; i < lines.size(); i++) {
      NewVisit.NewLine line = lines.get(i);
      String where = "Line " + (i + 1);
      problems.addAll(LineCheck.codeAndModifiers(i, line.code(), line.modifiers(), catalog, dos));
      Integer minutes = line.minutes();
      if (minutes == null) {
        problems.add(new FieldProblem("lines[" + i + "].minutes", where + ": enter the minutes."));
      } else if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
        problems.add(
            new FieldProblem(
                "lines[" + i + "].minutes",
                where + ": minutes must be a whole number from " + MIN_MINUTES + " to " + MAX_MINUTES + "."));
      }
    }
    return problems;
  }
}
