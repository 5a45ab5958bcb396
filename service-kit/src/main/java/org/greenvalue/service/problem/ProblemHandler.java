package org.greenvalue.service.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.greenvalue.service.input.NulByteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as an RFC 9457 problem document: our {@link Problem}s, Spring MVC's own (404, 405,
 * 415, missing headers, type mismatches), unreadable JSON with the field that broke it, validation
 * failures with every field, and anything unexpected as a 500 that names no internals.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemHandler extends ResponseEntityExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  private final List<ProblemTranslator> translators;

  ProblemHandler(List<ProblemTranslator> translators) {
    this.translators = List.copyOf(translators);
  }

  @ExceptionHandler(Problem.class)
  ResponseEntity<ProblemDetail> problem(Problem problem) {
    // the type is set, not negotiated: the document is written even when Accept cannot be parsed
    var response = ResponseEntity.status(problem.status());
    problem
        .retryAfter()
        .ifPresent(d -> response.header(HttpHeaders.RETRY_AFTER, "" + d.toSeconds()));
    return response.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem.toDetail());
  }

  /** A NUL character in a body read by the controller itself (not through a converter). */
  @ExceptionHandler(NulByteException.class)
  ResponseEntity<ProblemDetail> nulByte(NulByteException e) {
    return problem(Problem.badRequest("nul-byte", e.getMessage()));
  }

  /**
   * JSON the controller parsed itself that is not well-formed (duplicate member names included,
   * with {@code spring.jackson.parser.strict-duplicate-detection}).
   */
  @ExceptionHandler(StreamReadException.class)
  ResponseEntity<ProblemDetail> unreadableJson(StreamReadException e) {
    return problem(
        Problem.badRequest("unreadable-body", "the body is not well-formed JSON: " + brief(e)));
  }

  /** A request Spring Security's firewall refused when a controller read a header or parameter. */
  @ExceptionHandler(RequestRejectedException.class)
  ResponseEntity<ProblemDetail> rejected(RequestRejectedException e) {
    return problem(
        Problem.badRequest("rejected-request", "the request carries refused characters"));
  }

  /**
   * A multipart body the server cannot parse (a NUL in a part header, a broken boundary). Too large
   * an upload stays a 413 (Spring's own, more specific handler).
   */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException e) {
    return problem(Problem.badRequest("unreadable-body", "the multipart body cannot be read"));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      for (ProblemTranslator translator : translators) {
        Optional<Problem> known = translator.translate(cause);
        if (known.isPresent()) {
          return problem(known.get());
        }
      }
    }
    log.error("unexpected error", e);
    ProblemDetail detail =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred.");
    detail.setType(URI.create(Problem.TYPE_BASE + "internal"));
    return ResponseEntity.internalServerError().body(detail);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, readableReason(ex));
    detail.setType(URI.create(Problem.TYPE_BASE + "unreadable-body"));
    detail.setTitle("Unreadable request body");
    return handleExceptionInternal(ex, detail, headers, status, request);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Map<String, String>> errors =
        ex.getBindingResult().getFieldErrors().stream()
            .map(
                e ->
                    Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
            .toList();
    String summary =
        errors.stream()
            .map(e -> e.get("field") + " " + e.get("message"))
            .collect(Collectors.joining("; "));
    ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, summary);
    detail.setType(URI.create(Problem.TYPE_BASE + "validation"));
    detail.setTitle("Invalid request");
    detail.setProperty("errors", errors);
    return handleExceptionInternal(ex, detail, headers, status, request);
  }

  static String readableReason(HttpMessageNotReadableException ex) {
    Throwable cause = ex.getCause();
    if (cause instanceof NulByteException nul) {
      return nul.getMessage();
    }
    if (cause instanceof StreamReadException read && !(cause instanceof JsonMappingException)) {
      return "the body is not well-formed JSON: " + brief(read);
    }
    if (cause instanceof UnrecognizedPropertyException u) {
      return "unknown field '" + u.getPropertyName() + "'";
    }
    if (cause instanceof InvalidFormatException f) {
      return "field '" + path(f) + "' has the wrong type or format";
    }
    if (cause instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      return "field '" + path(m) + "' has the wrong type or is missing";
    }
    if (cause instanceof JsonProcessingException) {
      return "the body is not well-formed JSON";
    }
    return "the body is missing or unreadable";
  }

  /** Jackson's message without its source location and excerpt. */
  private static String brief(StreamReadException e) {
    String message = e.getOriginalMessage();
    return message == null ? "unreadable" : message;
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."));
  }
}
