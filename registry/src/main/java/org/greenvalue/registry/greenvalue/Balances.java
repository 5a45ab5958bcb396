package org.greenvalue.registry.greenvalue;

import java.math.BigInteger;
import java.util.Map;
import org.greenvalue.service.problem.Problem;
import org.springframework.http.HttpStatus;

/** The 409 of a write that asks for more than is left, naming both amounts. */
final class Balances {
  private Balances() {}

  static void require(BigInteger available, BigInteger requested, String what) {
    if (available.compareTo(requested) < 0) {
      throw new Problem(
          HttpStatus.CONFLICT,
          "insufficient-quantity",
          "Conflict",
          what
              + " has "
              + Tonnes.text(available)
              + " t available, "
              + Tonnes.text(requested)
              + " t requested",
          Map.of("available", Tonnes.text(available)));
    }
  }
}
