package com.quarterhour.approval.service;

import com.quarterhour.identity.Roles;
import com.quarterhour.review.service.VisitWorkflow;
import com.quarterhour.visit.WorkflowException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The supervisor's sign-off of coded visits in bulk (the list itself is a query of queries.VisitQueries). */
@Stateless
@RolesAllowed(Roles.SUPERVISOR)
public class ApprovalQueue {

  @Inject private VisitWorkflow workflow;

  /**
   * What bulk approval did.
   *
   * @param refused one sentence per visit left as it was, saying why
   */
  public record BulkOutcome(List<Long> approved, List<String> refused) implements Serializable {}

  /**
   * Approves each chosen visit that has no warnings. Each visit is its own transaction: one that
   * cannot be approved stays as it was and does not hold the others back.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public BulkOutcome approveAll(List<Long> visitIds) {
    List<Long> approved = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (Long id : visitIds) {
      try {
        workflow.approveWithoutWarnings(id);
        approved.add(id);
      } catch (WorkflowException e) {
        refused.add(e.getMessage());
      }
    }
    return new BulkOutcome(approved, refused);
  }
}
