package com.quarterhour.review.service;

import com.quarterhour.audit.AuditTrail;
import com.quarterhour.audit.VisitAction;
import com.quarterhour.identity.ClinicianDirectory;
import com.quarterhour.identity.Roles;
import com.quarterhour.rules.CodeCatalog;
import com.quarterhour.rules.ScoringEngine;
import com.quarterhour.rules.UnitCalculator;
import com.quarterhour.visit.domain.Clinician;
import com.quarterhour.visit.domain.ServiceLine;
import com.quarterhour.visit.domain.Visit;
import com.quarterhour.visit.service.ClinicCalendar;
import com.quarterhour.visit.service.FieldProblem;
import com.quarterhour.visit.service.InvalidVisitException;
import com.quarterhour.visit.service.LineCheck;
import com.quarterhour.visit.service.StaleCheck;
import com.quarterhour.visit.service.VisitScoring;
import com.quarterhour.visit.service.WorkflowException;
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
import java.util.Objects;

/**
 * The coder's changes to a visit they hold: codes, modifiers and units line by line, each with a
 * reason, and acknowledged warnings. Every save names the version the coder's page showed; a save
 * from an out-of-date page is refused and changes nothing.
 */
@Stateless
@RolesAllowed(Roles.CODER)
public class CodingWorksheet {

  static final int MAX_UNITS = 96;

  @PersistenceContext private EntityManager em;
  @Inject private ClinicianDirectory clinicians;
  @Inject private CodeCatalog catalog;
  @Inject private UnitCalculator unitCalculator;
  @Inject private ScoringEngine engine;
  @Inject private AuditTrail audit;
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
    List<Runnable> apply = new ArrayList<>();
    int changed = 0;
    for (LineChange change : changes) {
      int i = change.lineNo() - 1;
      if (i < 0 || i >= visit.getLines().size()) {
        problems.add(new FieldProblem("lines", "Lines: the visit has no line " + change.lineNo() + "."));
        continue;
      }
      ServiceLine line = visit.getLines().get(i);
      List<FieldProblem> lineProblems =
          LineCheck.codeAndModifiers(i, change.code(), change.modifiers(), catalog, visit.getDateOfService());
      if (change.units() != null && (change.units() < 0 || change.units() > MAX_UNITS)) {
        lineProblems.add(new FieldProblem("lines[" + i + "].units",
            "Line " + change.lineNo() + " units: a whole number from 0 to " + MAX_UNITS + ", or empty to bill what the minutes give."));
      }
      problems.addAll(lineProblems);
      if (!lineProblems.isEmpty()) {
        continue;
      }
      String code = LineCheck.code(change.code());
      List<String> modifiers = LineCheck.modifiers(change.modifiers());
      List<String[]> diffs = diffs(line, code, modifiers, change.units());
      if (diffs.isEmpty()) {
        continue;
      }
      if (change.reason() == null || change.reason().isBlank()) {
        problems.add(new FieldProblem("lines[" + i + "].reason",
            "Line " + change.lineNo() + " reason: say why you changed " + diffs.get(0)[0].toLowerCase(java.util.Locale.ROOT) + "."));
        continue;
      }
      String reason = VisitWorkflow.reason("Line " + change.lineNo() + " reason", change.reason());
      changed += diffs.size();
      apply.add(() -> {
        visit.recodeLine(coder, change.lineNo(), code, modifiers, change.units());
        for (String[] d : diffs) {
          audit.record(visit, coder, VisitAction.RECODED, "Line " + change.lineNo() + " " + d[0], d[1], d[2], reason);
        }
      });
    }
    if (!problems.isEmpty()) {
      throw new InvalidVisitException(problems);
    }
    if (changed > 0) {
      apply.forEach(Runnable::run);
      visit.computeUnits(unitCalculator);
      VisitScoring.refresh(visit, engine);
      visit.touch(coder.getDisplayName());
    }
    return changed;
  }

  /** Accepts a warning as it stands; the reason goes with the visit to the supervisor. */
  public void acknowledge(Long visitId, long seenVersion, String findingKey, String reason)
      throws WorkflowException {
    Visit visit = held(visitId, seenVersion);
    String text = VisitWorkflow.reason("Reason for accepting the warning", reason);
    Clinician coder = clinicians.currentClinician();
    try {
      visit.acknowledge(coder, findingKey, text, Instant.now());
    } catch (IllegalStateException refused) {
      throw new WorkflowException("Visit " + visitId + ": " + refused.getMessage() + ".");
    }
    // One scoring pass: it keeps only acknowledgements of current warnings, so a stale key drops out.
    VisitScoring.refresh(visit, engine);
    if (!visit.getAcknowledgements().containsKey(findingKey)) {
      throw new WorkflowException("Visit " + visitId + " has no such warning now; reload the worksheet.");
    }
    visit.touch(coder.getDisplayName());
    audit.record(visit, coder, VisitAction.ACKNOWLEDGED, findingKey, null, null, text);
  }

  /** The visit, locked, as the caller last saw it, and held by the caller. */
  private Visit held(Long visitId, long seenVersion) throws WorkflowException {
    Visit visit = visitId == null ? null : em.find(Visit.class, visitId, LockModeType.PESSIMISTIC_WRITE);
    if (visit == null) {
      throw new WorkflowException("Visit " + visitId + " does not exist.");
    }
    StaleCheck.require(visit, seenVersion, calendar.zone());
    Clinician holder = visit.getClaimedBy();
    if (visit.getStatus() != com.quarterhour.visit.domain.VisitStatus.IN_REVIEW
        || holder == null || !holder.getUsername().equals(clinicians.callerName())) {
      throw new WorkflowException("Visit " + visitId + " is " + visit.getStatus().label()
          + (holder == null ? "" : ", held by " + holder.getDisplayName()) + "; only the coder holding it can change it.");
    }
    return visit;
  }

  /** What changes on the line: {field, old, new} for code, modifiers and units. */
  private static List<String[]> diffs(ServiceLine line, String code, List<String> modifiers, Integer units) {
    List<String[]> out = new ArrayList<>();
    if (!code.equals(line.getBilledCode())) {
      out.add(new String[] {"Code", line.getBilledCode(), code});
    }
    if (!modifiers.equals(line.getBilledModifiers())) {
      out.add(new String[] {"Modifiers", text(line.getBilledModifiers()), text(modifiers)});
    }
    if (!Objects.equals(units, line.getCodedUnits())) {
      out.add(new String[] {"Units",
          line.getCodedUnits() == null ? line.getUnits() + " (from minutes)" : String.valueOf(line.getCodedUnits()),
          units == null ? "from minutes" : String.valueOf(units)});
    }
    return out;
  }

  private static String text(List<String> modifiers) {
    return modifiers.isEmpty() ? "none" : String.join(" ", modifiers);
  }
}
