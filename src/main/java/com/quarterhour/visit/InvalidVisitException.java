package com.quarterhour.visit;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** The input cannot be saved; nothing was written. Carries one problem per bad field. */
@ApplicationException(rollback = true)
public class InvalidVisitException extends Exception {

  private final List<FieldProblem> problems;

  public InvalidVisitException(List<FieldProblem> problems) {
    super(problems.size() + " field(s) invalid");
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> getProblems() {
    return problems;
  }
}
