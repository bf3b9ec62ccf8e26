package com.quarterhour.visit.service;

import com.quarterhour.identity.Roles;
import com.quarterhour.rules.LineInput;
import com.quarterhour.rules.ScoringEngine;
import com.quarterhour.rules.VisitInput;
import com.quarterhour.visit.domain.Payer;
import com.quarterhour.visit.domain.Visit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Runs the rules engine over stored visits and over sessions still being typed. */
@Stateless
public class VisitScoring {

  @PersistenceContext private EntityManager em;
  @Inject private ScoringEngine engine;

  /** Units, explanation and findings of a stored visit. */
  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public Optional<ScoreReport> scoreVisit(Long visitId) {
    Visit visit = em.find(Visit.class, visitId);
    return Optional.ofNullable(visit).map(v -> ScoreReport.of(engine.score(input(v))));
  }

  /** The live score of the session-entry form; nothing is written. */
  @RolesAllowed(Roles.THERAPIST)
  public ScoreReport preview(NewVisit form, com.quarterhour.rules.Discipline discipline) {
    Payer payer = form.payerId() == null ? null : em.find(Payer.class, form.payerId());
    List<LineInput> lines = VisitLines.toRuleLines(form.lines());
    var method = payer == null ? com.quarterhour.rules.UnitMethod.CMS_TOTAL_TIME : payer.getUnitMethod();
    var dos = form.dateOfService() == null ? java.time.LocalDate.now() : form.dateOfService();
    boolean medicare = payer != null && payer.isMedicare();
    return ScoreReport.of(engine.score(new VisitInput(dos, method, medicare, discipline, lines)));
  }

  /**
   * Scores a visit as it now stands and keeps the verdict on it (error count, warnings nobody
   * acknowledged), as every save must for the queues to stay right.
   */
  public static ScoreReport refresh(Visit visit, ScoringEngine engine) {
    ScoreReport report = ScoreReport.of(engine.score(input(visit)));
    int errors = 0;
    List<String> warnings = new java.util.ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (com.quarterhour.rules.Finding f : report.findings()) {
      ids.add(f.id());
      if (f.severity() == com.quarterhour.rules.Severity.ERROR) {
        errors++;
      } else if (f.severity() == com.quarterhour.rules.Severity.WARNING) {
        warnings.add(Visit.findingKey(f.id(), f.lines()));
      }
    }
    visit.recordFindings(errors, warnings, ids);
    return report;
  }

  static VisitInput input(Visit v) {
    return new VisitInput(
        v.getDateOfService(),
        v.getPayer().getUnitMethod(),
        v.getPayer().isMedicare(),
        v.getDiscipline() != null ? v.getDiscipline() : v.getClinician().getDiscipline(),
        v.ruleLines());
  }
}
