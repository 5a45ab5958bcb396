package org.greenvalue.issuer.pact;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Every error of the PACT controllers as a PACT error response. */
@RestControllerAdvice(assignableTypes = {PactFootprintController.class, PactEventController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PactErrorHandler {
  private static final Logger log = LoggerFactory.getLogger(PactErrorHandler.class);

  @ExceptionHandler(PactException.class)
  ResponseEntity<PactError> pact(PactException e) {
    return respond(e.error());
  }

  @ExceptionHandler({
    MissingServletRequestParameterException.class,
    MethodArgumentTypeMismatchException.class,
    HttpMessageNotReadableException.class,
    HttpMediaTypeNotSupportedException.class,
    HttpRequestMethodNotSupportedException.class
  })
  ResponseEntity<PactError> badRequest(Exception e) {
    return respond(new PactError(PactError.BAD_REQUEST, "Bad Request: " + e.getMessage()));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<PactError> unexpected(Exception e) {
    log.error("unexpected error on the PACT API", e);
    return respond(
        new PactError(PactError.INTERNAL_ERROR, "An internal or unexpected error has occurred"));
  }

  static ResponseEntity<PactError> respond(PactError error) {
    return ResponseEntity.status(error.status())
        .contentType(MediaType.APPLICATION_JSON)
        .body(error);
  }
}
