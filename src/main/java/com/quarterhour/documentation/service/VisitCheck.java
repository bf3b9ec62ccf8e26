package com.quarterhour.documentation.service;

import com.quarterhour.visit.FieldProblem;
import com.quarterhour.visit.LineCheck;
import com.quarterhour.rules.CodeCatalog;
import com.quarterhour.rules.Limits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Checks a {@link NewVisit} field by field; the same sentences appear on screen and in errors. */
final class VisitCheck {

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
    } else if (lines.size() > Limits.MAX_LINES) {
      problems.add(new FieldProblem("lines", "Lines: " + lines.size() + " lines; a visit has at most " + Limits.MAX_LINES + "."));
      return problems;
    }
    for (int i = 0; i < lines.size(); i++) {
      NewVisit.NewLine line = lines.get(i);
      String where = "Line " + (i + 1);
      problems.addAll(LineCheck.codeAndModifiers(i, line.code(), line.modifiers(), catalog, dos));
      problems.addAll(timeProblems(i, line));
      Integer minutes = line.effectiveMinutes();
      if (minutes == null) {
        if (line.start() == null && line.stop() == null) {
          problems.add(new FieldProblem("lines[" + i + "].minutes", where + ": enter the minutes, or the start and stop times."));
        }
      } else if (minutes < Limits.MIN_MINUTES || minutes > Limits.MAX_MINUTES) {
        problems.add(
            new FieldProblem(
                "lines[" + i + "].minutes",
                where + ": minutes must be a whole number from " + Limits.MIN_MINUTES + " to " + Limits.MAX_MINUTES + "."));
      }
      problems.addAll(splitProblems(i, line, minutes, visit.assistantId() != null));
    }
    return problems;
  }

  /** An assistant's and shared minutes are whole, not negative, within the line's, and need a named assistant. */
  private static List<FieldProblem> splitProblems(int i, NewVisit.NewLine line, Integer minutes, boolean assistantNamed) {
    String where = "Line " + (i + 1);
    List<FieldProblem> problems = new ArrayList<>();
    if (line.assistantAlone() < 0) {
      problems.add(new FieldProblem("lines[" + i + "].assistantMinutes", where + " assistant minutes: cannot be negative."));
    }
    if (line.together() < 0) {
      problems.add(new FieldProblem("lines[" + i + "].togetherMinutes", where + " minutes together: cannot be negative."));
    }
    int split = Math.max(0, line.assistantAlone()) + Math.max(0, line.together());
    if (split > 0 && !assistantNamed) {
      problems.add(new FieldProblem("lines[" + i + "].assistantMinutes",
          where + " assistant minutes: name the assistant who took part (Assistant), or leave them empty."));
    } else if (minutes != null && split > minutes) {
      problems.add(new FieldProblem("lines[" + i + "].assistantMinutes", where + " assistant minutes: " + line.assistantAlone()
          + " alone + " + line.together() + " together is more than the line's " + minutes + " minutes."));
    }
    return problems;
  }

  /** Start and stop go together, stop after start, and typed minutes must agree with them. */
  private static List<FieldProblem> timeProblems(int i, NewVisit.NewLine line) {
    String where = "Line " + (i + 1);
    if (line.start() == null && line.stop() == null) {
      return List.of();
    }
    if (line.start() == null || line.stop() == null) {
      String missing = line.start() == null ? "start" : "stop";
      return List.of(new FieldProblem("lines[" + i + "]." + missing, where + " " + missing + " time: enter both start and stop times, or neither."));
    }
    if (!line.stop().isAfter(line.start())) {
      return List.of(new FieldProblem("lines[" + i + "].stop", where + " stop time: " + line.stop() + " is not after the start time " + line.start() + "."));
    }
    long span = java.time.Duration.between(line.start(), line.stop()).toMinutes();
    if (line.minutes() != null && line.minutes() != span) {
      return List.of(new FieldProblem("lines[" + i + "].minutes", where + " minutes: " + line.minutes() + " do not match "
          + line.start() + "–" + line.stop() + " (" + span + " min); correct one of them or leave the minutes empty."));
    }
    return List.of();
  }
}
