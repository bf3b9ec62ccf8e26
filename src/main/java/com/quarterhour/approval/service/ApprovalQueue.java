package com.quarterhour.approval.service;

import com.quarterhour.identity.Roles;
import com.quarterhour.visit.domain.VisitStatus;
import com.quarterhour.visit.service.VisitService;
import com.quarterhour.visit.service.VisitSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;

/** Coded visits waiting for a supervisor's sign-off, oldest first. */
@Stateless
@RolesAllowed(Roles.SUPERVISOR)
public class ApprovalQueue {

  @Inject private VisitService visits;

  public List<VisitSummary> awaitingApproval() {
    return visits.inStatus(EnumSet.of(VisitStatus.CODED));
  }
}
