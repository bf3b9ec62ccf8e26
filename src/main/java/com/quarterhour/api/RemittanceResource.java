package com.quarterhour.api;

import com.quarterhour.claims.BadRemittanceException;
import com.quarterhour.claims.BillingException;
import com.quarterhour.claims.RemittancePosting;
import com.quarterhour.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;

/**
 * A payer's 835 posted through the API (issue 10): the body is the file, read as it streams in.
 * Bearer token of a client with the realm role integration.
 */
@Stateless
@Path("/v1/remittances")
@RolesAllowed(Roles.INTEGRATION)
public class RemittanceResource {

  @Inject private RemittancePosting posting;

  /** What POST /remittances answers; the unmatched claims and lines are named (the first 50). */
  public record Posted(int claims, int posted, int unmatched, boolean duplicate, List<String> unmatchedItems) {}

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  public Response post(InputStream file) {
    try {
      RemittancePosting.Outcome outcome = posting.post(file);
      return Response.ok(new Posted(outcome.claims(), outcome.posted(), outcome.unmatched(), outcome.duplicate(), outcome.unmatchedItems()),
          MediaType.APPLICATION_JSON).build();
    } catch (BadRemittanceException e) {
      return ProblemResponses.badRequest("Invalid 835", e.getMessage(), List.of(new Problem.FieldError("", e.getMessage())));
    } catch (BillingException e) {
      return ProblemResponses.problem(422, "Remittance refused", e.getMessage(), List.of());
    }
  }
}
