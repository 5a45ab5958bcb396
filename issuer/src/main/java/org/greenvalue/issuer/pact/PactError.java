package org.greenvalue.issuer.pact;

import org.springframework.http.HttpStatus;

/**
 * A PACT v3 error response: an error code from the specification's table and a human-readable
 * message. The HTTP status follows from the code.
 */
record PactError(String code, String message) {
  static final String ACCESS_DENIED = "AccessDenied";
  static final String BAD_REQUEST = "BadRequest";
  static final String NOT_FOUND = "NotFound";
  static final String NOT_IMPLEMENTED = "NotImplemented";
  static final String TOKEN_EXPIRED = "TokenExpired";
  static final String INTERNAL_ERROR = "InternalError";

  HttpStatus status() {
    return switch (code) {
      case ACCESS_DENIED -> HttpStatus.FORBIDDEN;
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case TOKEN_EXPIRED -> HttpStatus.UNAUTHORIZED;
      case INTERNAL_ERROR -> HttpStatus.INTERNAL_SERVER_ERROR;
      default -> HttpStatus.BAD_REQUEST;
    };
  }
}
