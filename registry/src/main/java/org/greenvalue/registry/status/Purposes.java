package org.greenvalue.registry.status;

import java.util.Arrays;
import org.greenvalue.credentials.status.StatusPurpose;
import org.greenvalue.service.problem.Problem;
import org.springframework.http.HttpStatus;

/** The purposes the registry keeps lists for: revocation, suspension and message. */
final class Purposes {
  private Purposes() {}

  static StatusPurpose parse(String text) {
    return Arrays.stream(StatusPurpose.values())
        .filter(p -> p != StatusPurpose.REFRESH && p.wireName().equals(text))
        .findFirst()
        .orElseThrow(
            () ->
                new Problem(
                    HttpStatus.NOT_FOUND,
                    "unknown-status-purpose",
                    "Unknown status purpose",
                    "status lists exist for 'revocation', 'suspension' and 'message', not '"
                        + text
                        + "'"));
  }
}
