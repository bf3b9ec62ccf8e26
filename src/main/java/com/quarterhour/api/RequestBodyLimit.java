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
 * Refuses request bodies over {@link Limits#MAX_REQUEST_BYTES} before anything parses them: by the
 * declared length at once, and by counting while reading when no length is declared (chunked).
 * The answer is a 400 problem naming the body, never a 500 or a slow parse of megabytes.
 */
@Provider
@PreMatching
public class RequestBodyLimit implements ContainerRequestFilter {

  static final String TITLE = "Request body too large";

  static String detail() {
    return "The body is larger than " + Limits.MAX_REQUEST_BYTES / 1024 + " KB; a visit has at most "
        + Limits.MAX_LINES + " lines.";
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > Limits.MAX_REQUEST_BYTES) {
      request.abortWith(ProblemResponses.badRequest(TITLE, detail(), List.of(new Problem.FieldError("", detail()))));
      return;
    }
    if (request.hasEntity()) {
      request.setEntityStream(new Counted(request.getEntityStream()));
    }
  }

  /** Thrown while reading a body that turns out too large; the API's exception mapper answers 400. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super(detail());
    }
  }

  /** Counts bytes as they are read and stops at the limit. */
  private static final class Counted extends FilterInputStream {
    private long read;

    Counted(InputStream in) {
      super(in);
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
      if (read > Limits.MAX_REQUEST_BYTES) {
        throw new TooLarge();
      }
    }
  }
}
