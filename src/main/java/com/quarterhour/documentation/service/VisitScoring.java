package com.quarterhour.documentation.service;

import com.quarterhour.chart.CareHistory;
import com.quarterhour.visit.ScoreReport;
import com.quarterhour.identity.Roles;
import com.quarterhour.rules.Discipline;
import com.quarterhour.rules.LineInput;
import com.quarterhour.rules.ScoringEngine;
import com.quarterhour.rules.UnitMethod;
import com.quarterhour.identity.ClinicianDirectory;
import com.quarterhour.rules.VisitHistory;
import com.quarterhour.rules.VisitInput;
import com.quarterhour.reference.Payer;
import com.quarterhour.visit.Visit;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Runs the rules engine over stored visits and over sessions still being typed. */
@Stateless
public class VisitScoring {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private ScoringEngine engine;
  @Inject private CareHistory careHistory;
  @Inject private ClinicianDirectory clinicians;

  /**
   * Units, explanation and findings of a stored visit; empty when it does not exist or the caller
   * may not see it (a therapist sees only visits they treated).
   */
  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public Optional<ScoreReport> scoreVisit(Long visitId) {
    Visit visit = visitId == null ? null : em.find(Visit.class, visitId);
    if (visit == null || !visit.isVisibleTo(session.getCallerPrincipal().getName(), session::isCallerInRole)) {
      return Optional.empty();
    }
    return Optional.of(ScoreReport.of(careHistory.score(visit)));
  }

  /** The live score of the session-entry form; nothing is written. */
  @RolesAllowed(Roles.THERAPIST)
  public ScoreReport preview(NewVisit form, Discipline discipline) {
    Payer payer = form.payerId() == null ? null : em.find(Payer.class, form.payerId());
    List<LineInput> lines = VisitLines.toRuleLines(form.lines());
    UnitMethod method = payer == null ? UnitMethod.CMS_TOTAL_TIME : payer.getUnitMethod();
    LocalDate dos = form.dateOfService() == null ? LocalDate.now() : form.dateOfService();
    boolean medicare = payer != null && payer.isMedicare();
    Long therapistId = clinicians.currentClinician().getId();
    // The plan chosen when it fits the session, else the one open on the date (the save names a misfit).
    Long planId = form.planId() != null && careHistory.planProblem(form.planId(), form.patientId(), discipline, dos) == null
        ? form.planId() : careHistory.openPlanId(form.patientId(), discipline, dos);
    VisitHistory history = careHistory.historyOf(
        new CareHistory.Question(null, form.patientId(), therapistId, form.payerId(), discipline, dos, planId,
            VisitLines.assistantMinutes(form)));
    return ScoreReport.of(engine.score(new VisitInput(dos, method, medicare, discipline, lines), history));
  }
}
