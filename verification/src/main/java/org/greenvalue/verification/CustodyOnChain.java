package org.greenvalue.verification;

import java.math.BigDecimal;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.subject.reduction.UpstreamReference;
import org.greenvalue.verification.CustodyChainRule.Walker;
import org.greenvalue.verification.chain.CustodyChain;
import org.greenvalue.verification.chain.CustodyChain.Hop;
import org.greenvalue.verification.lots.ChainAllocation;
import org.greenvalue.verification.lots.ChainLot;
import org.greenvalue.verification.lots.LotSource;

/**
 * A custody path against the ledger, when one is configured: the allocation the reference names,
 * the referencing credential's claim on it, and every lot of the path must be on chain as the
 * registry describes them. The registry's answer is not trusted: a difference fails the walk; a
 * ledger that cannot answer leaves a gap.
 */
final class CustodyOnChain {

  private final Walker walker;

  CustodyOnChain(Walker walker) {
    this.walker = walker;
  }

  /** How the report says where the path was checked on chain, or that it was not. */
  static String describe(Optional<LotSource> ledger) {
    return ledger
        .map(l -> "lots, allocations and claims checked on chain (" + l.describe() + ")")
        .orElse("not checked on chain: no ledger configured");
  }

  /**
   * The allocation as the chain holds it has the registry's lot and quantity, and the credential
   * {@code credentialId} (when it has an id: the rule fails one without) claimed the referenced
   * quantity of it.
   */
  void allocation(
      String at,
      UpstreamReference ref,
      CustodyChain.Allocation registry,
      Optional<String> credentialId) {
    if (walker.sources.lots().isEmpty()) {
      return;
    }
    LotSource ledger = walker.sources.lots().get();
    Result<Optional<ChainAllocation>> answer = ledger.allocationById(ref.allocationUuid());
    if (!answer.succeeded()) {
      walker.unanswered(at + ": the allocation on chain: " + answer.reason());
      return;
    }
    if (answer.value().isEmpty()) {
      walker.fail(at + ": the allocation is not on chain");
      return;
    }
    ChainAllocation onChain = answer.value().get();
    if (!onChain.lotId().equals(ChainLot.idOf(registry.lotId()))) {
      walker.fail(
          at
              + ": on chain the allocation is of lot "
              + onChain.lotId()
              + ", not of lot "
              + registry.lotId()
              + " as the registry says");
    }
    if (onChain.quantity().compareTo(registry.quantity()) != 0) {
      walker.fail(
          at
              + ": on chain the allocation holds "
              + onChain.quantity().toPlainString()
              + " t, not "
              + registry.quantity().toPlainString()
              + " t as the registry says");
    }
    credentialId.ifPresent(id -> claim(at, ref, ledger, id));
  }

  private void claim(String at, UpstreamReference ref, LotSource ledger, String credentialId) {
    Result<BigDecimal> claim = ledger.claimOf(ref.allocationUuid(), credentialId);
    if (!claim.succeeded()) {
      walker.unanswered(at + ": the claim on chain: " + claim.reason());
    } else if (claim.value().signum() == 0) {
      walker.fail(at + ": on chain " + credentialId + " holds no claim on the allocation");
    } else if (claim.value().compareTo(ref.quantity()) != 0) {
      walker.fail(
          at
              + ": on chain the claim by "
              + credentialId
              + " is "
              + claim.value().toPlainString()
              + " t, not the referenced "
              + ref.quantity().toPlainString()
              + " t");
    }
  }

  /** The hop's lot as the chain holds it: owner, parent, quantity and credential. */
  void lot(String where, Hop hop, Optional<Hop> parent) {
    if (walker.sources.lots().isEmpty()) {
      return;
    }
    Result<Optional<ChainLot>> answer = walker.sources.lots().get().lotById(hop.lot().id());
    if (!answer.succeeded()) {
      walker.unanswered(where + ": on chain: " + answer.reason());
      return;
    }
    if (answer.value().isEmpty()) {
      walker.fail(where + ": the lot is not on chain");
      return;
    }
    ChainLot lot = answer.value().get();
    String digest = hop.lot().credentialDigest();
    boolean matches =
        lot.owner().equals(ChainLot.ownerOf(hop.lot().owner()))
            && lot.parentLotId().equals(parent.map(p -> ChainLot.idOf(p.lot().id())))
            && lot.quantity().compareTo(hop.lot().quantity()) == 0
            && lot.credentialDigest().equals("0x" + digest.substring(digest.indexOf(':') + 1));
    if (!matches) {
      walker.fail(where + ": the chain's lot (owner, parent, quantity, credential) differs");
    }
  }
}
