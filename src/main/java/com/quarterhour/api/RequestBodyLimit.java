package com.quarterhour.api;

import com.quarterhour.rules.Limits;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Refuses request bodies over {@link Limits#MAX_REQUEST_BYTES} (an 835 remittance: over
 * {@link #MAX_REMITTANCE_BYTES}) before anything parses them: by the declared length at once, and
 * by counting while reading when no length is declared (chunked). The answer is a 400 problem
 * naming the body, never a 500 or a slow parse of megabytes.
 */
@Provider
@PreMatching
public class RequestBodyLimit implements ContainerRequestFilter {

  static final String TITLE = "Request body too large";

  /** A payer's 835 of several thousand claims is a few megabytes; this leaves room for the largest. */
  static final long MAX_REMITTANCE_BYTES = 64L * 1024 * 1024;

  static String detail(long limit) {
    return limit == MAX_REMITTANCE_BYTES
        ? "The body is larger than " + MAX_REMITTANCE_BYTES / (1024 * 1024) + " MB, the largest 835 posted at once; ask the payer to split it."
        : "The body is larger than " + Limits.MAX_REQUEST_BYTES / 1024 + " KB; a visit has at most " + Limits.MAX_LINES + " lines.";
  }

  @Override
  public void filter(ContainerRequestContext request) {
    long limit = request.getUriInfo().getPath().endsWith("/remittances") ? MAX_REMITTANCE_BYTES : Limits.MAX_REQUEST_BYTES;
    if (request.getLength() > limit) {
      request.abortWith(ProblemResponses.badRequest(TITLE, detail(limit), List.of(new Problem.FieldError("", detail(limit)))));
      return;
    }
    if (request.hasEntity()) {
      request.setEntityStream(new Counted(request.getEntityStream(), limit));
    }
  }

  /** Thrown while reading a body that turns out too large; the API's exception mapper answers 400. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit) {
      super(detail(limit));
    }
  }

  /** Counts bytes as they are read and stops at the limit. */
  private static final class Counted extends FilterInputStream {
    private final long limit;
    private long read;

    Counted(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws TooLarge {
      read += n;
      if (read > limit) {
        throw new TooLarge(limit);
      }
    }
  }
}
