package com.quarterhour.review.service;

import com.quarterhour.identity.Roles;
import com.quarterhour.visit.domain.VisitStatus;
import com.quarterhour.visit.service.VisitService;
import com.quarterhour.visit.service.VisitSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;

/** Visits therapists have submitted, coders are working, or supervisors sent back; oldest first. */
@Stateless
@RolesAllowed(Roles.CODER)
public class ReviewQueue {

  @Inject private VisitService visits;

  public List<VisitSummary> waiting() {
    return visits.inStatus(EnumSet.of(VisitStatus.SUBMITTED, VisitStatus.IN_REVIEW, VisitStatus.REJECTED));
  }
}
