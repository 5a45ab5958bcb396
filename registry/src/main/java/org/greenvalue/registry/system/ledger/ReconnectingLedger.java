package org.greenvalue.registry.system.ledger;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.greenvalue.ledger.ContractAddresses;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerResult;
import org.greenvalue.ledger.LedgerUnavailableException;
import org.greenvalue.ledger.Role;
import org.greenvalue.ledger.anchor.Anchors;
import org.greenvalue.ledger.greenvalue.GreenValueLots;
import org.greenvalue.ledger.trust.Accreditations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry's {@link Ledger}, which may be absent: the registry starts while the node is
 * unreachable or its contracts are missing, and every use then throws {@link
 * LedgerUnavailableException} (a 503 {@code ledger-unavailable} problem over HTTP) while reads from
 * the database carry on. {@link #check()} connects when disconnected (at most once per {@code
 * retryAfter}), and drops a connection whose chain was replaced (another genesis block) or lost its
 * contracts, so a chain that comes back is used again without a restart.
 */
public final class ReconnectingLedger implements Ledger {
  private static final Logger log = LoggerFactory.getLogger(ReconnectingLedger.class);

  private final Supplier<Ledger> connector;
  private final ChainTransactions chain;
  private final Duration retryAfter;
  private final Clock clock;
  private volatile Connection current;
  private volatile String failure = "not connected yet";
  private Instant nextAttempt = Instant.MIN;

  private record Connection(Ledger ledger, String genesisHash) {}

  /** Connected to a chain with the contracts, or why not. */
  public sealed interface State {
    record Up(Ledger ledger) implements State {}

    record Down(String reason) implements State {}
  }

  ReconnectingLedger(
      Supplier<Ledger> connector, ChainTransactions chain, Duration retryAfter, Clock clock) {
    this.connector = connector;
    this.chain = chain;
    this.retryAfter = retryAfter;
    this.clock = clock;
  }

  /**
   * Verifies the connection (same chain, contracts present) or tries to connect, and says where the
   * ledger stands.
   */
  public synchronized State check() {
    Connection c = current;
    if (c != null) {
      Optional<String> lost;
      try {
        lost = lost(c);
      } catch (IOException e) {
        // the node is away: keep the connection (its writes answer Unavailable) until it is back
        return new State.Down("the node cannot be reached: " + e.getClass().getSimpleName());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new State.Down("interrupted");
      }
      if (lost.isEmpty()) {
        return new State.Up(c.ledger());
      }
      log.warn("ledger connection dropped: {}", lost.get());
      drop(lost.get());
      nextAttempt = Instant.MIN;
    }
    return connect();
  }

  private State connect() {
    Instant now = clock.instant();
    if (now.isBefore(nextAttempt)) {
      return new State.Down(failure);
    }
    nextAttempt = now.plus(retryAfter);
    Ledger ledger = null;
    try {
      ledger = connector.get();
      String genesis =
          chain.blockHash(0).orElseThrow(() -> new IOException("the node has no genesis block"));
      current = new Connection(ledger, genesis);
      log.info("ledger connected: chain id {}, contracts {}", ledger.chainId(), ledger.contracts());
      return new State.Up(ledger);
    } catch (LedgerUnavailableException | IllegalStateException | IOException e) {
      if (ledger != null) {
        ledger.close();
      }
      failure = e.getMessage();
      log.warn("ledger unavailable, the registry runs degraded: {}", failure);
      return new State.Down(failure);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      if (ledger != null) {
        ledger.close();
      }
      return new State.Down("interrupted");
    }
  }

  /** Why the connection no longer serves (another chain, contracts gone), or empty. */
  private Optional<String> lost(Connection c) throws IOException, InterruptedException {
    if (!chain.blockHash(0).equals(Optional.of(c.genesisHash()))) {
      return Optional.of("the chain was replaced (another genesis block)");
    }
    String anchorRegistry = c.ledger().contracts().anchorRegistry();
    if (!chain.hasCode(anchorRegistry)) {
      return Optional.of("no contract code at " + anchorRegistry);
    }
    return Optional.empty();
  }

  private void drop(String reason) {
    Connection c = current;
    current = null;
    failure = reason;
    if (c != null) {
      c.ledger().close();
    }
  }

  private Ledger ledger() {
    Connection c = current;
    if (c != null) {
      return c.ledger();
    }
    if (check() instanceof State.Up up) {
      return up.ledger();
    }
    throw new LedgerUnavailableException("ledger unavailable: " + failure, null);
  }

  @Override
  public long chainId() {
    return ledger().chainId();
  }

  @Override
  public String account() {
    return ledger().account();
  }

  @Override
  public ContractAddresses contracts() {
    return ledger().contracts();
  }

  @Override
  public Anchors anchors() {
    return ledger().anchors();
  }

  @Override
  public Accreditations trust() {
    return ledger().trust();
  }

  @Override
  public GreenValueLots lots() {
    return ledger().lots();
  }

  @Override
  public LedgerResult grantRole(Role role, String account) {
    return ledger().grantRole(role, account);
  }

  @Override
  public LedgerResult revokeRole(Role role, String account) {
    return ledger().revokeRole(role, account);
  }

  @Override
  public boolean hasRole(Role role, String account) {
    return ledger().hasRole(role, account);
  }

  @Override
  public void forgetDroppedTransaction() {
    ledger().forgetDroppedTransaction();
  }

  @Override
  public synchronized void close() {
    drop("closed");
  }
}
