package org.greenvalue.ledger.chain;

import java.util.ArrayList;
import java.util.List;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerConfig;
import org.greenvalue.ledger.Web3jLedger;

/**
 * Contracts freshly deployed on the shared dev chain for one test class: the admin's ledger
 * (account 0, holds every role) and ledgers of other accounts attached to the same contracts.
 */
public final class LedgerFixture implements AutoCloseable {
  private final DevChain chain;
  private final Ledger admin;
  private final List<Ledger> opened = new ArrayList<>();

  LedgerFixture(DevChain chain) {
    this.chain = chain;
    this.admin = Web3jLedger.connect(config(0));
    opened.add(admin);
  }

  public DevChain chain() {
    return chain;
  }

  /** Account 0: deployed the contracts, holds every role. */
  public Ledger admin() {
    return admin;
  }

  /** The ledger of dev account {@code index}, attached to the admin's contracts. */
  public Ledger account(int index) {
    Ledger ledger = Web3jLedger.connect(config(index).withContracts(admin.contracts()));
    opened.add(ledger);
    return ledger;
  }

  public LedgerConfig config(int index) {
    return LedgerConfig.of(chain.rpcUrl(), chain.accounts().get(index).privateKey());
  }

  @Override
  public void close() {
    opened.forEach(Ledger::close);
  }
}
