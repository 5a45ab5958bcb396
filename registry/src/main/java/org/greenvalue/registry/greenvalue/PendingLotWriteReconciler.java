package org.greenvalue.registry.greenvalue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.registry.greenvalue.PendingLotWrites.Unsettled;
import org.greenvalue.registry.system.ledger.ChainTransactions;
import org.greenvalue.registry.system.ledger.ChainTransactions.TxState;
import org.greenvalue.registry.system.ledger.LedgerProperties;
import org.greenvalue.service.problem.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Finishes lot writes whose transaction was mined after their request timed out, when their client
 * has not retried: each is replayed as its client would retry it (same Idempotency-Key, so the same
 * ids, the same ownership checks, and the answer stored for the client's own retry), and the replay
 * records the mined transaction instead of sending one. A transaction still waiting is left for the
 * next round; one that was dropped or reverted settles the write as abandoned, and nothing is sent
 * on the client's behalf. Safe on several instances: a replay runs under the write's
 * Idempotency-Key, which one instance at a time can hold.
 */
@Component
class PendingLotWriteReconciler {
  private static final Logger log = LoggerFactory.getLogger(PendingLotWriteReconciler.class);
  private static final String UUID_RE = "([0-9a-fA-F-]{36})";
  private static final Pattern LOT_WRITE = Pattern.compile("^POST /lots/" + UUID_RE + "/(\\w+)$");
  private static final Pattern ALLOCATION_WRITE =
      Pattern.compile("^POST /allocations/" + UUID_RE + "/(\\w+)$");

  private final PendingLotWrites pending;
  private final ChainTransactions chain;
  private final Ledger ledger;
  private final LotController lots;
  private final AllocationController allocations;
  private final RetirementController retirements;
  private final ObjectMapper json;
  private final Duration receiptTimeout;
  private final Clock clock;

  PendingLotWriteReconciler(
      PendingLotWrites pending,
      ChainTransactions chain,
      Ledger ledger,
      LotController lots,
      AllocationController allocations,
      RetirementController retirements,
      ObjectMapper json,
      LedgerProperties ledgerProperties,
      Clock clock) {
    this.pending = pending;
    this.chain = chain;
    this.ledger = ledger;
    this.lots = lots;
    this.allocations = allocations;
    this.retirements = retirements;
    this.json = json;
    this.receiptTimeout = ledgerProperties.receiptTimeout();
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${gvr.registry.green-value.reconcile-interval:30s}",
      initialDelayString = "${gvr.registry.green-value.reconcile-interval:30s}")
  void reconcile() {
    // a write younger than the receipt timeout may still be waited for by its own request
    for (Unsettled write : pending.unsettled(clock.instant().minus(receiptTimeout), 100)) {
      TxState state;
      try {
        state = chain.find(write.txHash());
      } catch (IOException e) {
        log.warn("cannot reach the ledger to settle pending lot writes: {}", e.toString());
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      settle(write, state);
    }
  }

  private void settle(Unsettled write, TxState state) {
    if (state instanceof TxState.Mined mined) {
      if (mined.succeeded()) {
        replay(write);
      } else {
        pending.settle(
            write.writeId(), "ABANDONED: transaction " + write.txHash() + " was reverted");
      }
    } else if (state instanceof TxState.Unknown) {
      // its nonce is a gap now: the next write takes it, or every later one would stall
      ledger.forgetDroppedTransaction();
      pending.settle(
          write.writeId(), "ABANDONED: transaction " + write.txHash() + " is unknown to the chain");
    }
    // still waiting in the pool: the next round looks again
  }

  private void replay(Unsettled write) {
    try {
      ResponseEntity<?> answer =
          LotWrites.replayingAt(write.asked().base(), () -> dispatch(write.asked()));
      pending.settle(write.writeId(), "RECORDED: " + answer.getStatusCode().value());
      log.info(
          "recorded lot write {} ({}) mined after its request timed out",
          write.writeId(),
          write.asked().operation());
    } catch (Problem p) {
      if (p.status() == HttpStatus.GATEWAY_TIMEOUT
          || p.status() == HttpStatus.SERVICE_UNAVAILABLE) {
        return;
      }
      pending.settle(write.writeId(), "REFUSED: " + p.status().value() + " " + p.getMessage());
    } catch (RuntimeException e) {
      log.warn("cannot replay lot write {}: {}", write.writeId(), e.toString());
    }
  }

  /** The write's own controller method, called as its client with its stored request. */
  private ResponseEntity<?> dispatch(LotWrites.Asked asked) {
    Jwt client =
        Jwt.withTokenValue("lot-write-reconciler")
            .header("alg", "none")
            .claim("client_id", asked.client())
            .build();
    String key = asked.key();
    String operation = asked.operation();
    if (operation.equals("POST /lots")) {
      return lots.mint(key, read(asked, MintLotRequest.class), client);
    }
    if (operation.equals("POST /retirements")) {
      return retirements.retireMany(key, read(asked, BulkRetireRequest.class), client);
    }
    Matcher lot = LOT_WRITE.matcher(operation);
    if (lot.matches()) {
      UUID id = UUID.fromString(lot.group(1));
      return switch (lot.group(2)) {
        case "transfers" -> lots.transfer(id, key, read(asked, TransferRequest.class), client);
        case "allocations" ->
            allocations.allocate(id, key, read(asked, AllocateRequest.class), client);
        case "retirements" ->
            retirements.retireLot(id, key, read(asked, RetireRequest.class), client);
        default -> throw unknown(operation);
      };
    }
    Matcher allocation = ALLOCATION_WRITE.matcher(operation);
    if (allocation.matches()) {
      UUID id = UUID.fromString(allocation.group(1));
      return switch (allocation.group(2)) {
        case "claims" -> allocations.claim(id, key, read(asked, ClaimRequest.class), client);
        case "retirements" ->
            retirements.retireAllocation(id, key, read(asked, RetireRequest.class), client);
        default -> throw unknown(operation);
      };
    }
    throw unknown(operation);
  }

  private <T> T read(LotWrites.Asked asked, Class<T> type) {
    try {
      return json.readValue(asked.request(), type);
    } catch (IOException e) {
      throw new IllegalStateException("the stored request of " + asked.operation(), e);
    }
  }

  private static IllegalStateException unknown(String operation) {
    return new IllegalStateException("no lot write " + operation);
  }
}
