package org.greenvalue.registry.greenvalue;

import java.net.URI;
import java.time.Clock;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.registry.anchoring.AnchorReceipts;
import org.greenvalue.registry.dids.DidHistory;
import org.greenvalue.registry.greenvalue.VerifierConfiguration.ClaimDids;
import org.greenvalue.registry.organisations.Organisations;
import org.greenvalue.registry.status.StatusEntries;
import org.greenvalue.registry.trust.TrustQueries;
import org.greenvalue.verification.Sources;
import org.greenvalue.verification.anchor.AnchorRecords;
import org.springframework.stereotype.Component;

/**
 * The verification engine's sources for a mint, all from this registry's own state: DIDs with the
 * configured resolver and its own DID document history, trust from its trust registry, status from
 * its own lists, receipts from its own anchoring, anchor records from its chain. No HTTP call to
 * itself. Lots are not a source: the lot writes refuse a second lot from a credential themselves.
 */
@Component
class MintSources {
  private final Sources shared;
  private final StatusEntries statusEntries;
  private final Clock clock;

  MintSources(
      ClaimDids dids,
      TrustQueries trust,
      Organisations organisations,
      DidHistory histories,
      StatusEntries statusEntries,
      AnchorReceipts receipts,
      Ledger ledger,
      Clock clock) {
    this.shared =
        Sources.offline(dids.resolver())
            .withTrust(new OwnTrust(trust, organisations, clock))
            .withKeyHistory(new OwnDidHistory(histories))
            .withReceipts(new OwnAnchorReceipts(receipts))
            .withChain(new AnchorRecords(ledger));
    this.statusEntries = statusEntries;
    this.clock = clock;
  }

  /** The sources, with status lists whose base is the request's unless a public one is set. */
  Sources forRequest(URI requestBase) {
    return shared.withStatus(new OwnStatusLists(statusEntries, requestBase, clock));
  }
}
