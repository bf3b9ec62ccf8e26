package com.quarterhour.api;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Problem bodies for the API's error answers. */
final class ProblemResponses {

  private ProblemResponses() {}

  static Response badRequest(String title, String detail, List<Problem.FieldError> errors) {
    return problem(Response.Status.BAD_REQUEST.getStatusCode(), title, detail, errors);
  }

  static Response problem(int status, String title, String detail, List<Problem.FieldError> errors) {
    return Response.status(status)
        .type(Problem.MEDIA_TYPE)
        .entity(new Problem("about:blank", title, status, detail, errors))
        .build();
  }
}
