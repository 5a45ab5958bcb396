package org.greenvalue.issuer.pact;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error on a {@code /3} path as a PACT error response ({@code {"code", "message"}}, PACT v3
 * section "Error Handling"), never an RFC 9457 problem: also those raised before any PACT
 * controller is chosen (an unknown path, a method or media type the path does not take), which a
 * controller advice would not see. The HTTP status is the one the specification gives the code: a
 * method or media type the path does not take is a {@code BadRequest} (400), since PACT has no code
 * for 405 or 415; {@code Allow} still names the methods the path takes. Errors of the security
 * chain are written by {@link PactSecurity}.
 */
@Component
class PactErrorResolver implements HandlerExceptionResolver, Ordered {
  private static final Logger log = LoggerFactory.getLogger(PactErrorResolver.class);

  private final ObjectMapper json;

  PactErrorResolver(ObjectMapper json) {
    this.json = json;
  }

  /** Ahead of Spring's resolvers (and the service's RFC 9457 advice), after the error recorder. */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 1;
  }

  @Override
  public ModelAndView resolveException(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
    if (!isPactPath(request) || response.isCommitted()) {
      return null;
    }
    if (e instanceof HttpRequestMethodNotSupportedException unsupported
        && unsupported.getSupportedHttpMethods() != null) {
      response.setHeader(
          HttpHeaders.ALLOW,
          StringUtils.collectionToCommaDelimitedString(unsupported.getSupportedHttpMethods()));
    }
    write(response, json, errorOf(e));
    return new ModelAndView();
  }

  /** The PACT error answering {@code e}. */
  static PactError errorOf(Exception e) {
    return switch (e) {
      case PactException pact -> pact.error();
      case NoResourceFoundException missing -> notFound();
      case NoHandlerFoundException missing -> notFound();
      case HttpRequestMethodNotSupportedException method ->
          badRequest("the method " + method.getMethod() + " is not allowed on this path");
      case HttpMediaTypeException media -> badRequest(media.getMessage());
      case HttpMessageNotReadableException unreadable -> badRequest("the body cannot be read");
      case MethodArgumentTypeMismatchException mismatch ->
          badRequest("the parameter " + mismatch.getName() + " is malformed");
      case ServletRequestBindingException binding -> badRequest(binding.getMessage());
      default -> {
        log.error("unexpected error on the PACT API", e);
        yield new PactError(
            PactError.INTERNAL_ERROR, "An internal or unexpected error has occurred");
      }
    };
  }

  /** Whether the request is for the PACT API: {@code /3} or a path under it. */
  static boolean isPactPath(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/3") || path.startsWith("/3/");
  }

  static void write(HttpServletResponse response, ObjectMapper json, PactError error) {
    response.setStatus(error.status().value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    try {
      json.writeValue(response.getOutputStream(), error);
    } catch (IOException e) {
      log.debug("the PACT error response could not be written", e);
    }
  }

  private static PactError notFound() {
    return new PactError(PactError.NOT_FOUND, "No such resource in the PACT API");
  }

  private static PactError badRequest(String message) {
    return new PactError(PactError.BAD_REQUEST, "Bad Request: " + message);
  }
}
