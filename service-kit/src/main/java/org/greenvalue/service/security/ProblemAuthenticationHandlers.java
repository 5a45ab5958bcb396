package org.greenvalue.service.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.greenvalue.service.problem.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 as problem documents, keeping the {@code WWW-Authenticate} header RFC 6750 asks for.
 */
public final class ProblemAuthenticationHandlers
    implements AuthenticationEntryPoint, AccessDeniedHandler {
  private final BearerTokenAuthenticationEntryPoint bearerEntryPoint =
      new BearerTokenAuthenticationEntryPoint();
  private final BearerTokenAccessDeniedHandler bearerDenied = new BearerTokenAccessDeniedHandler();
  private final ObjectMapper json;

  public ProblemAuthenticationHandlers(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    bearerEntryPoint.commence(request, response, e);
    write(
        request,
        response,
        HttpStatus.UNAUTHORIZED,
        "unauthenticated",
        "A valid bearer token is required.");
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    bearerDenied.handle(request, response, e);
    write(
        request,
        response,
        HttpStatus.FORBIDDEN,
        "insufficient-scope",
        "The token does not carry the scope this operation needs.");
  }

  private void write(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatus status,
      String slug,
      String text)
      throws IOException {
    ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, text);
    detail.setType(URI.create(Problem.TYPE_BASE + slug));
    detail.setInstance(URI.create(request.getRequestURI()));
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), detail);
  }
}
