package com.quarterhour.api;

import com.quarterhour.identity.Roles;
import com.quarterhour.rules.Score;
import com.quarterhour.rules.ScoringEngine;
import com.quarterhour.rules.VisitInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/** POST /api/v1/score: units, explanation and findings for a visit an EHR sends. */
@Stateless
@Path("/v1/score")
@RolesAllowed(Roles.INTEGRATION)
public class ScoreResource {

  @Inject private ScoringEngine engine;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  public Response score(ScoreRequest request) {
    ScoreRequestReader reader = new ScoreRequestReader();
    VisitInput visit = reader.read(request);
    if (visit == null) {
      return ProblemResponses.badRequest("Invalid visit", "Fix the fields listed in errors.", reader.errors());
    }
    Score score = engine.score(visit);
    List<ScoreResponse.LineUnits> lines = new ArrayList<>();
    for (int i = 0; i < visit.size(); i++) {
      lines.add(new ScoreResponse.LineUnits(i + 1, visit.code(i), score.units(i)));
    }
    return Response.ok(new ScoreResponse(lines, score.totalUnits(), score.explanation(), score.findings()), MediaType.APPLICATION_JSON)
        .build();
  }
}
