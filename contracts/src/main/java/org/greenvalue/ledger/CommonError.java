package org.greenvalue.ledger;

import java.math.BigInteger;
import java.util.Optional;

/** Refusals that any of the contracts can return. */
public sealed interface CommonError extends ContractError {

  /** OpenZeppelin's {@code AccessControlUnauthorizedAccount}: the caller lacks a role. */
  record MissingRole(String account, Bytes32 roleHash, Optional<Role> role)
      implements CommonError {}

  /** {@code Error(string)}: a plain revert reason, or a node's own refusal message. */
  record Reason(String message) implements CommonError {}

  /** {@code Panic(uint256)}: an assertion, arithmetic or index failure inside a contract. */
  record Panic(BigInteger code) implements CommonError {}

  /** Revert data that matches no known error; kept as hex for the log. */
  record Unrecognized(String data) implements CommonError {}
}
