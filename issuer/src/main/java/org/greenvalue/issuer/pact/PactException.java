package org.greenvalue.issuer.pact;

import org.springframework.http.HttpStatus;

/**
 * A refusal on the PACT API, answered with a PACT error response ({@code {"code", "message"}})
 * instead of an RFC 9457 problem, as the PACT specification asks.
 */
final class PactException extends RuntimeException {
  private final PactError error;

  private PactException(PactError error) {
    super(error.message(), null, false, false);
    this.error = error;
  }

  PactError error() {
    return error;
  }

  static PactException badRequest(String message) {
    return new PactException(new PactError(PactError.BAD_REQUEST, message));
  }

  static PactException notFound(String message) {
    return new PactException(new PactError(PactError.NOT_FOUND, message));
  }

  static PactException notImplemented(String message) {
    return new PactException(new PactError(PactError.NOT_IMPLEMENTED, message));
  }

  HttpStatus status() {
    return error.status();
  }
}
