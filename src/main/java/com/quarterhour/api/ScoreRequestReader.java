package com.quarterhour.api;

import com.quarterhour.rules.Discipline;
import com.quarterhour.rules.InputCheck;
import com.quarterhour.rules.Limits;
import com.quarterhour.rules.LineInput;
import com.quarterhour.rules.UnitMethod;
import com.quarterhour.rules.VisitInput;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns a request into engine input, or lists every field that is wrong. */
final class ScoreRequestReader {

  private final List<Problem.FieldError> errors = new ArrayList<>();

  List<Problem.FieldError> errors() {
    return errors;
  }

  /** The engine input, or null when {@link #errors()} is not empty. */
  VisitInput read(ScoreRequest request) {
    if (request == null) {
      errors.add(new Problem.FieldError("", "the request body is empty; send a visit as JSON"));
      return null;
    }
    LocalDate dos = date(request.dateOfService());
    UnitMethod method = method(request.unitMethod());
    Discipline discipline = discipline(request.discipline());
    List<LineInput> lines = new ArrayList<>();
    if (request.lines() == null || request.lines().isEmpty()) {
      errors.add(new Problem.FieldError("lines", "at least one line is required"));
    } else if (request.lines().size() > Limits.MAX_LINES) {
      errors.add(new Problem.FieldError("lines", request.lines().size() + " lines; a visit has at most " + Limits.MAX_LINES));
    } else {
      for (int i = 0; i < request.lines().size(); i++) {
        LineInput line = line(i, request.lines().get(i));
        if (line != null) {
          lines.add(line);
        }
      }
    }
    if (!errors.isEmpty()) {
      return null;
    }
    return new VisitInput(dos, method, Boolean.TRUE.equals(request.medicare()), discipline, lines);
  }

  private LineInput line(int i, ScoreRequest.Line line) {
    String field = "lines[" + i + "]";
    if (line == null) {
      errors.add(new Problem.FieldError(field, "Line " + (i + 1) + ": the line is empty."));
      return null;
    }
    LocalTime start = time(field + ".start", line.start());
    LocalTime stop = time(field + ".stop", line.stop());
    int before = errors.size();
    for (String problem : InputCheck.problems(i + 1, line.code(), line.modifiers(), line.minutes(), start, stop)) {
      errors.add(new Problem.FieldError(field + "." + fieldOf(problem), problem));
    }
    if (line.units() != null && (line.units() < 0 || line.units() > Limits.MAX_UNITS)) {
      errors.add(new Problem.FieldError(field + ".units",
          "Line " + (i + 1) + ": units " + line.units() + " are not from 0 to " + Limits.MAX_UNITS + "."));
    }
    if (errors.size() > before || (line.start() != null && start == null) || (line.stop() != null && stop == null)) {
      return null;
    }
    int minutes = start != null ? (int) Duration.between(start, stop).toMinutes() : line.minutes();
    List<String> mods = line.modifiers() == null ? List.of() : line.modifiers();
    return new LineInput(line.code(), mods, minutes, start, stop, line.units());
  }

  /** Which field an InputCheck sentence is about. */
  private static String fieldOf(String problem) {
    if (problem.contains("code")) {
      return "code";
    }
    if (problem.contains("modifier")) {
      return "modifiers";
    }
    if (problem.contains("stop time") || problem.contains("start and stop")) {
      return "stop";
    }
    return "minutes";
  }

  private LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      errors.add(new Problem.FieldError("dateOfService", "the date of service is required (YYYY-MM-DD)"));
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      errors.add(new Problem.FieldError("dateOfService", "'" + value + "' is not a date YYYY-MM-DD"));
      return null;
    }
  }

  private LocalTime time(String field, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalTime.parse(value);
    } catch (DateTimeParseException e) {
      errors.add(new Problem.FieldError(field, "'" + value + "' is not a time HH:MM"));
      return null;
    }
  }

  private UnitMethod method(String value) {
    if (value == null || value.isBlank()) {
      errors.add(new Problem.FieldError("unitMethod", "the unit method is required: cms or per-code"));
      return null;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "cms" -> UnitMethod.CMS_TOTAL_TIME;
      case "per-code" -> UnitMethod.PER_CODE;
      default -> {
        errors.add(new Problem.FieldError("unitMethod", "'" + value + "' is not a unit method: use cms or per-code"));
        yield null;
      }
    };
  }

  private Discipline discipline(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Discipline.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(new Problem.FieldError("discipline", "'" + value + "' is not a discipline: use PT, OT or SLP"));
      return null;
    }
  }
}
