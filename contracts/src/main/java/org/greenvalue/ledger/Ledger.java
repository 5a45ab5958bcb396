package org.greenvalue.ledger;

import org.greenvalue.ledger.anchor.Anchors;
import org.greenvalue.ledger.greenvalue.GreenValueLots;
import org.greenvalue.ledger.trust.Accreditations;

/**
 * The ledger as the services see it: the three contracts on one chain, written from one account.
 * Obtain one with {@link Web3jLedger#connect}; writes return {@link LedgerResult}s; reads throw
 * {@link LedgerUnavailableException} only when the node cannot be reached.
 */
public interface Ledger extends AutoCloseable {

  long chainId();

  /** The address of the account this ledger writes from. */
  String account();

  ContractAddresses contracts();

  Anchors anchors();

  Accreditations trust();

  GreenValueLots lots();

  /** Grants {@code role} on the contract it belongs to; needs that contract's admin role. */
  LedgerResult grantRole(Role role, String account);

  LedgerResult revokeRole(Role role, String account);

  boolean hasRole(Role role, String account);

  /**
   * A transaction this account sent is no longer known to the node, and nothing waits for it any
   * more (it was dropped after its write stopped waiting): the next write reads the account's
   * pending nonce from the node again, so that it takes the nonce the dropped one left unused and
   * later transactions do not stall behind the gap.
   */
  void forgetDroppedTransaction();

  @Override
  void close();
}
