package com.quarterhour.review.service;

import com.quarterhour.chart.CareHistory;
import com.quarterhour.visit.ScoreReport;
import com.quarterhour.identity.Roles;
import com.quarterhour.rules.Finding;
import com.quarterhour.rules.LineInput;
import com.quarterhour.rules.ScoringEngine;
import com.quarterhour.rules.UnitAllocation;
import com.quarterhour.rules.UnitCalculator;
import com.quarterhour.visit.Acknowledgement;
import com.quarterhour.visit.ServiceLine;
import com.quarterhour.visit.Visit;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One visit as its page shows it. Therapists see only their own visits; the other roles all. */
@Stateless
public class VisitReader {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private ScoringEngine engine;
  @Inject private CareHistory careHistory;
  @Inject private UnitCalculator unitCalculator;

  /** The visit, or empty when it does not exist or the caller may not see it. */
  @RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
  public Optional<VisitDetail> detail(Long visitId) {
    Visit v = visitId == null ? null : em.find(Visit.class, visitId);
    if (v == null || !v.isVisibleTo(session.getCallerPrincipal().getName(), session::isCallerInRole)) {
      return Optional.empty();
    }
    ScoreReport score = ScoreReport.of(careHistory.score(v));
    return Optional.of(new VisitDetail(
        v.getId(), v.getVersion(),
        v.getPatient().getId(), v.getPatient().getFullName(), v.getPatient().getMrn(),
        v.getClinician().getDisplayName(), v.getClinician().getUsername(), v.assistantText(), v.getPayer().getName(),
        v.getDateOfService(), v.getDiscipline(), v.getStatus(),
        v.getClaimedBy() == null ? null : v.getClaimedBy().getUsername(),
        v.getClaimedBy() == null ? null : v.getClaimedBy().getDisplayName(),
        v.getCodedBy() == null ? null : v.getCodedBy().getUsername(),
        v.getReturnQuestion(), v.getRejectReason(), v.getResubmission(),
        lines(v), score, findings(v, score)));
  }

  /** Documented units are what the therapist's own lines give, before any coder change. */
  private List<VisitDetail.Line> lines(Visit v) {
    List<LineInput> documented = new ArrayList<>();
    for (ServiceLine l : v.getLines()) {
      documented.add(new LineInput(l.getCptCode(), l.getModifiers(), l.getMinutes(), l.getStartTime(), l.getStopTime(), null));
    }
    UnitAllocation asDocumented = unitCalculator.allocate(v.getPayer().getUnitMethod(), documented);
    List<VisitDetail.Line> out = new ArrayList<>();
    for (int i = 0; i < v.getLines().size(); i++) {
      ServiceLine l = v.getLines().get(i);
      out.add(new VisitDetail.Line(l.getLineNo(), l.getCptCode(), String.join(" ", l.getModifiers()), l.getMinutes(),
          asDocumented.units(i), l.getBilledCode(), String.join(" ", l.getBilledModifiers()), l.getBilledUnits(),
          l.getCodedUnits(), l.isRecoded(), v.getAssistant() == null ? null
              : "therapist " + l.getTherapistMinutes() + ", assistant " + l.getAssistantMinutes() + ", together " + l.getTogetherMinutes()));
    }
    return out;
  }

  private static List<VisitDetail.FindingRow> findings(Visit v, ScoreReport score) {
    List<VisitDetail.FindingRow> out = new ArrayList<>();
    for (Finding f : score.findings()) {
      String key = Visit.findingKey(f.id(), f.lines());
      Acknowledgement ack = v.getAcknowledgements().get(key);
      out.add(ack == null
          ? new VisitDetail.FindingRow(f, key, null, null, null)
          : new VisitDetail.FindingRow(f, key, ack.getReason(), ack.getAcknowledgedBy(), ack.getAcknowledgedAt()));
    }
    return out;
  }
}
