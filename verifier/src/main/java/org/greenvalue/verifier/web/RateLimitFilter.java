package org.greenvalue.verifier.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.greenvalue.service.problem.Problem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits the web page's public verifications per client address ({@link RateLimit}); past the
 * limit, a 429 problem with {@code Retry-After}. The address is the connection's: {@code
 * X-Forwarded-For} counts only when the server is told to trust its proxies ({@code
 * server.forward-headers-strategy=native} and {@code server.tomcat.remoteip.*}), in which case
 * Tomcat has already put the client's address there.
 */
final class RateLimitFilter extends OncePerRequestFilter {
  private final RateLimit limit;
  private final ObjectMapper json;

  RateLimitFilter(RateLimit limit, ObjectMapper json) {
    this.limit = limit;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (limit.take(request.getRemoteAddr()) instanceof RateLimit.Decision.Refused refused) {
      long seconds = refused.retryAfter().toSeconds();
      ProblemDetail detail =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.TOO_MANY_REQUESTS,
              "too many verifications from this address; try again in " + seconds + " s");
      detail.setType(URI.create(Problem.TYPE_BASE + "rate-limited"));
      detail.setTitle("Too many requests");
      detail.setInstance(URI.create(request.getRequestURI()));
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      json.writeValue(response.getOutputStream(), detail);
      return;
    }
    chain.doFilter(request, response);
  }
}
