package com.quarterhour.api;

import com.quarterhour.claims.BillingException;
import com.quarterhour.claims.ClaimBatches;
import com.quarterhour.claims.NoSuchBillingRecordException;
import com.quarterhour.claims.NothingToBillException;
import com.quarterhour.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;

/**
 * Claims through the API (issue 10): the payers with their ids, a payer's claim batch created from
 * every visit ready for it, the batch's 837P and its CMS-1500 paper claims. Bearer token of a client with the realm role
 * integration, like the scoring API.
 */
@Stateless
@Path("/v1")
@RolesAllowed(Roles.INTEGRATION)
public class ClaimBatchResource {

  public static final String X12 = "application/edi-x12";
  public static final String PDF = "application/pdf";

  @Inject private ClaimBatches batches;

  /** What POST /claim-batches reads. */
  public record BatchRequest(Long payer) {}

  /** What it answers: the batch and its claim count; visits that could not go out are named. */
  public record BatchCreated(long id, int claims, long totalCents, List<String> leftOut) {}

  @GET
  @Path("/payers")
  @Produces(MediaType.APPLICATION_JSON)
  public List<ClaimBatches.PayerRow> payers() {
    return batches.payers();
  }

  @POST
  @Path("/claim-batches")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  public Response create(BatchRequest request, @Context UriInfo uri) {
    if (request == null || request.payer() == null) {
      return ProblemResponses.badRequest("Invalid batch", "Name the payer to bill.",
          List.of(new Problem.FieldError("payer", "required: the id of a payer from GET /api/v1/payers")));
    }
    try {
      ClaimBatches.Outcome outcome = batches.create(request.payer());
      return Response.created(uri.getBaseUriBuilder().path("v1/claim-batches/{id}/x12").build(outcome.batchId()))
          .type(MediaType.APPLICATION_JSON)
          .entity(new BatchCreated(outcome.batchId(), outcome.claims(), outcome.totalCents(), outcome.leftOut()))
          .build();
    } catch (NoSuchBillingRecordException e) {
      return ProblemResponses.problem(404, "Not found", e.getMessage(), List.of(new Problem.FieldError("payer", e.getMessage())));
    } catch (NothingToBillException e) {
      return ProblemResponses.problem(409, "Nothing to bill", e.getMessage(), List.of());
    } catch (BillingException e) {
      return ProblemResponses.problem(422, "Batch refused", e.getMessage(), List.of(new Problem.FieldError("payer", e.getMessage())));
    }
  }

  @GET
  @Path("/claim-batches/{id}/x12")
  @Produces({X12, Problem.MEDIA_TYPE})
  public Response x12(@PathParam("id") Long id) {
    try {
      return Response.ok(batches.x12(id), X12).build();
    } catch (BillingException e) {
      return ProblemResponses.problem(404, "Not found", e.getMessage(), List.of());
    }
  }

  @GET
  @Path("/claim-batches/{id}/cms1500")
  @Produces({PDF, Problem.MEDIA_TYPE})
  public Response cms1500(@PathParam("id") Long id) {
    try {
      return Response.ok(batches.cms1500(id), PDF)
          .header("Content-Disposition", "attachment; filename=\"quarterhour-batch-" + id + "-cms1500.pdf\"")
          .build();
    } catch (BillingException e) {
      return ProblemResponses.problem(404, "Not found", e.getMessage(), List.of());
    }
  }
}
