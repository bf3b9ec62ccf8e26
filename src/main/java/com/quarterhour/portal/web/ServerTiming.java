package com.quarterhour.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * Tells how long the server took to build a page, as a standard Server-Timing header ("app;dur=12.3"
 * in milliseconds) that browsers' developer tools and the queue load check read. A page is held in
 * memory until it is complete, so the header can still be sent and covers the whole render.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class ServerTiming extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"GET".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    long start = System.nanoTime();
    Buffered buffered = new Buffered(response);
    chain.doFilter(request, buffered);
    buffered.flushWriter();
    if (!response.isCommitted()) {
      response.setHeader("Server-Timing", String.format(java.util.Locale.ROOT, "app;dur=%.1f", (System.nanoTime() - start) / 1e6));
    }
    if (buffered.body.size() > 0) {
      buffered.body.writeTo(response.getOutputStream());
    }
  }

  /** Collects the body; status, headers, redirects and errors go straight to the real response. */
  private static final class Buffered extends HttpServletResponseWrapper {
    final ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);
    private PrintWriter writer;
    private ServletOutputStream stream;

    Buffered(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream = new ServletOutputStream() {
          @Override public void write(int b) { body.write(b); }
          @Override public void write(byte[] b, int off, int len) { body.write(b, off, len); }
          @Override public boolean isReady() { return true; }
          @Override public void setWriteListener(WriteListener listener) { throw new UnsupportedOperationException(); }
        };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(body, Charset.forName(getCharacterEncoding())));
      }
      return writer;
    }

    // Held back: flushing would commit the response before the timing header is set.
    @Override public void flushBuffer() {}
    @Override public void resetBuffer() { body.reset(); }
    @Override public void reset() { super.reset(); body.reset(); }
    @Override public void setContentLength(int len) {}
    @Override public void setContentLengthLong(long len) {}

    void flushWriter() {
      if (writer != null) {
        writer.flush();
      }
    }
  }
}
