package com.quarterhour.review.service;

import com.quarterhour.chart.CareHistory;
import com.quarterhour.identity.ClinicianDirectory;
import com.quarterhour.identity.Roles;
import com.quarterhour.rules.CodeCatalog;
import com.quarterhour.rules.Limits;
import com.quarterhour.rules.ScoringEngine;
import com.quarterhour.identity.Clinician;
import com.quarterhour.visit.ServiceLine;
import com.quarterhour.visit.Visit;
import com.quarterhour.visit.VisitRefusedException;
import com.quarterhour.shared.ClinicCalendar;
import com.quarterhour.visit.FieldProblem;
import com.quarterhour.visit.InvalidVisitException;
import com.quarterhour.visit.LineCheck;
import com.quarterhour.visit.StaleCheck;
import com.quarterhour.visit.VisitChanges;
import com.quarterhour.visit.WorkflowException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The coder's changes to a visit they hold: codes, modifiers and units line by line, each with a
 * reason, and acknowledged warnings. Every save names the version the coder's page showed; a save
 * from an out-of-date page is refused and changes nothing.
 */
@Stateless
@RolesAllowed(Roles.CODER)
public class CodingWorksheet {

  @PersistenceContext private EntityManager em;
  @Inject private ClinicianDirectory clinicians;
  @Inject private CodeCatalog catalog;
  @Inject private ScoringEngine engine;
  @Inject private CareHistory careHistory;
  @Inject private VisitChanges history;
  @Inject private ClinicCalendar calendar;

  /**
   * The coder's version of one line as typed on the worksheet.
   *
   * @param units units by hand, or null to bill what the minutes give
   */
  public record LineChange(int lineNo, String code, String modifiers, Integer units, String reason)
      implements Serializable {}

  /**
   * Saves the worksheet's lines. Lines that did not change need no reason; each that did needs
   * one, and every changed field goes into the history with it.
   *
   * @return how many fields changed (0: nothing to save)
   */
  public int recode(Long visitId, long seenVersion, List<LineChange> changes)
      throws WorkflowException, InvalidVisitException {
    Visit visit = held(visitId, seenVersion);
    Clinician coder = clinicians.currentClinician();
    List<FieldProblem> problems = new ArrayList<>();
    List<Recode> apply = new ArrayList<>();
    for (LineChange change : changes) {
      int i = change.lineNo() - 1;
      if (i < 0 || i >= visit.getLines().size()) {
        problems.add(new FieldProblem("lines", "Lines: the visit has no line " + change.lineNo() + "."));
        continue;
      }
      ServiceLine line = visit.getLines().get(i);
      List<FieldProblem> lineProblems =
          LineCheck.codeAndModifiers(i, change.code(), change.modifiers(), catalog, visit.getDateOfService());
      if (change.units() != null && (change.units() < 0 || change.units() > Limits.MAX_UNITS)) {
        lineProblems.add(new FieldProblem("lines[" + i + "].units",
            "Line " + change.lineNo() + " units: a whole number from 0 to " + Limits.MAX_UNITS + ", or empty to bill what the minutes give."));
      }
      problems.addAll(lineProblems);
      if (!lineProblems.isEmpty()) {
        continue;
      }
      String code = LineCheck.code(change.code());
      List<String> modifiers = LineCheck.modifiers(change.modifiers());
      List<ServiceLine.Difference> diffs = line.differences(code, modifiers, change.units());
      if (diffs.isEmpty()) {
        continue;
      }
      if (change.reason() == null || change.reason().isBlank()) {
        problems.add(new FieldProblem("lines[" + i + "].reason",
            "Line " + change.lineNo() + " reason: say why you changed " + diffs.get(0).field().toLowerCase(java.util.Locale.ROOT) + "."));
        continue;
      }
      String reason = VisitWorkflow.reason("Line " + change.lineNo() + " reason", change.reason());
      apply.add(() -> visit.recodeLine(coder, change.lineNo(), code, modifiers, change.units(), reason));
    }
    if (!problems.isEmpty()) {
      throw new InvalidVisitException(problems);
    }
    int changed = 0;
    for (Recode recode : apply) {
      changed += recode.run();
    }
    if (changed > 0) {
      careHistory.rescore(visit);
      visit.touch(coder.getDisplayName());
      history.publish(visit);
      careHistory.rescoreLaterVisits(visit.getPatient().getId(), visit.getPayer().getId(), visit.getDiscipline(),
          visit.getDateOfService(), visitId);
    }
    return changed;
  }

  /** One line's change, applied only once every line passed its checks. */
  private interface Recode {
    int run();
  }

  /** Accepts a warning as it stands; the reason goes with the visit to the supervisor. */
  public void acknowledge(Long visitId, long seenVersion, String findingKey, String reason)
      throws WorkflowException {
    Visit visit = held(visitId, seenVersion);
    String text = VisitWorkflow.reason("Reason for accepting the warning", reason);
    Clinician coder = clinicians.currentClinician();
    // Scored afresh first: only a warning the engine reports now can be accepted.
    careHistory.rescore(visit);
    try {
      visit.acknowledge(coder, findingKey, text, Instant.now());
    } catch (VisitRefusedException refused) {
      throw new WorkflowException("Visit " + visitId + ": " + refused.getMessage() + ".");
    }
    visit.touch(coder.getDisplayName());
    history.publish(visit);
  }

  /** The visit, locked, as the caller last saw it, and held by the caller. */
  private Visit held(Long visitId, long seenVersion) throws WorkflowException {
    Visit visit = visitId == null ? null : em.find(Visit.class, visitId, LockModeType.PESSIMISTIC_WRITE);
    if (visit == null) {
      throw new WorkflowException("Visit " + visitId + " does not exist.");
    }
    StaleCheck.require(visit, seenVersion, calendar.zone());
    Clinician holder = visit.getClaimedBy();
    if (visit.getStatus() != com.quarterhour.visit.VisitStatus.IN_REVIEW
        || holder == null || !holder.getUsername().equals(clinicians.callerName())) {
      throw new WorkflowException("Visit " + visitId + " is " + visit.getStatus().label()
          + (holder == null ? "" : ", held by " + holder.getDisplayName()) + "; only the coder holding it can change it.");
    }
    return visit;
  }
}
