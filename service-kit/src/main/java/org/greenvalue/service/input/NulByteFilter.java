package org.greenvalue.service.input;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import org.greenvalue.service.problem.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a NUL character (U+0000) wherever a request can carry one to us: the path, the query,
 * header values (400 problem {@code nul-byte} before anything else runs), and JSON bodies (the body
 * stream fails with {@link NulByteException} when a NUL goes past, which the problem handler turns
 * into a 400). Form fields and multipart names are checked by {@link MultipartNamesInterceptor}
 * once the caller is authenticated.
 */
final class NulByteFilter extends OncePerRequestFilter {
  private final ObjectMapper json;

  NulByteFilter(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String where = refused(request);
    if (where != null) {
      ProblemDetail detail =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.BAD_REQUEST, where + " contains a NUL character (U+0000)");
      detail.setType(URI.create(Problem.TYPE_BASE + "nul-byte"));
      detail.setTitle("NUL character in the request");
      response.setStatus(400);
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      json.writeValue(response.getOutputStream(), detail);
      return;
    }
    chain.doFilter(isJson(request) ? new Scanned(request) : request, response);
  }

  private static String refused(HttpServletRequest request) {
    if (hasNul(request.getRequestURI())) {
      return "the path";
    }
    if (request.getQueryString() != null && hasNul(request.getQueryString())) {
      return "the query";
    }
    for (String name : Collections.list(request.getHeaderNames())) {
      for (String value : Collections.list(request.getHeaders(name))) {
        if (hasNul(value)) {
          return "the header " + name;
        }
      }
    }
    return null;
  }

  /** A raw NUL or its percent-encoding {@code %00}. */
  static boolean hasNul(String text) {
    return text.indexOf('\0') >= 0 || text.contains("%00"); // no letter in it: no case to fold
  }

  private static boolean isJson(HttpServletRequest request) {
    String type = request.getContentType();
    if (type == null) {
      return false;
    }
    String lower = type.toLowerCase(Locale.ROOT);
    int semicolon = lower.indexOf(';');
    String media = (semicolon < 0 ? lower : lower.substring(0, semicolon)).strip();
    return media.endsWith("/json") || media.endsWith("+json");
  }

  private static final class Scanned extends HttpServletRequestWrapper {
    private ServletInputStream stream;

    Scanned(HttpServletRequest request) {
      super(request);
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String charset = getCharacterEncoding();
      return new BufferedReader(
          new InputStreamReader(
              getInputStream(),
              charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset)));
    }

    @Override
    public synchronized ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream raw = super.getInputStream();
        InputStream scanned = new NulScanningInputStream(raw);
        stream =
            new ServletInputStream() {
              @Override
              public int read() throws IOException {
                return scanned.read();
              }

              @Override
              public int read(byte[] b, int off, int len) throws IOException {
                return scanned.read(b, off, len);
              }

              @Override
              public boolean isFinished() {
                return raw.isFinished();
              }

              @Override
              public boolean isReady() {
                return raw.isReady();
              }

              @Override
              public void setReadListener(ReadListener listener) {
                raw.setReadListener(listener);
              }
            };
      }
      return stream;
    }
  }
}
