package com.quarterhour.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the API answers with a problem body: malformed JSON is the client's error
 * (400), never a stack trace or a 500; other HTTP errors keep their status.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Exception> {

  private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

  @Override
  public Response toResponse(Exception e) {
    Throwable tooLarge = cause(e, RequestBodyLimit.TooLarge.class);
    if (tooLarge != null) {
      return ProblemResponses.badRequest(RequestBodyLimit.TITLE, tooLarge.getMessage(), List.of(new Problem.FieldError("", tooLarge.getMessage())));
    }
    if (isMalformedBody(e)) {
      return ProblemResponses.badRequest(
          "Malformed JSON", "The body is not the JSON this endpoint reads: " + rootMessage(e), List.of(new Problem.FieldError("", "malformed JSON")));
    }
    if (e instanceof jakarta.ejb.EJBAccessException) {
      return ProblemResponses.problem(403, "Forbidden", "This token's roles do not include integration.", List.of());
    }
    if (e instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      return ProblemResponses.problem(status, web.getResponse().getStatusInfo().getReasonPhrase(), null, List.of());
    }
    // Unexpected: log it (no request body, so no PHI) and answer without internals.
    LOG.log(Level.SEVERE, "API request failed", e);
    return ProblemResponses.problem(500, "Internal error", "The request failed; nothing was stored.", List.of());
  }

  private static Throwable cause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return t;
      }
    }
    return null;
  }

  private static boolean isMalformedBody(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ProcessingException || t instanceof jakarta.json.bind.JsonbException
          || t instanceof jakarta.json.stream.JsonParsingException || t instanceof jakarta.ws.rs.BadRequestException) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m.length() > 200 ? m.substring(0, 200) : m;
  }
}
