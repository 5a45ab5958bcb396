package org.greenvalue.registry.status;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Change an entry's status: {@code set} ({@code true}: revoked or suspended; {@code false}: clear)
 * for a one-bit list, or {@code status}, the value in hexadecimal ({@code "0x2"}), for any list.
 * Exactly one of them. A revocation cannot be cleared.
 */
public record SetStatusRequest(
    Boolean set,
    @Pattern(regexp = "0x[0-9a-fA-F]{1,2}", message = "is not a hex value such as 0x1")
        String status,
    @Size(max = 500) String reason) {

  /** The requested value; 400 unless exactly one of {@code set} and {@code status} is given. */
  int value() {
    if ((set == null) == (status == null)) {
      throw org.greenvalue.service.problem.Problem.badRequest(
          "set-or-status", "give exactly one of 'set' (true or false) and 'status' (e.g. \"0x2\")");
    }
    return set != null ? (set ? 1 : 0) : Integer.parseInt(status.substring(2), 16);
  }
}
