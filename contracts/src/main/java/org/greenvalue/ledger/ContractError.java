package org.greenvalue.ledger;

/**
 * Why a contract refused a call, decoded from its revert data. Each feature has a sealed family of
 * these ({@code AnchorError}, {@code TrustError}, {@code LotError}); {@link CommonError} covers
 * role checks, plain revert reasons, panics and data nobody recognises.
 */
public interface ContractError {

  /** The Solidity error name, e.g. {@code InsufficientQuantity}. */
  default String name() {
    return getClass().getSimpleName();
  }
}
