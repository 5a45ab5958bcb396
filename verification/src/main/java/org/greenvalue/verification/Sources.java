package org.greenvalue.verification;

import java.util.Objects;
import java.util.Optional;
import org.greenvalue.credentials.did.DidResolver;
import org.greenvalue.verification.anchor.AnchorRecords;
import org.greenvalue.verification.anchor.ReceiptSource;
import org.greenvalue.verification.chain.CustodySource;
import org.greenvalue.verification.dids.KeyHistorySource;
import org.greenvalue.verification.lots.LotSource;
import org.greenvalue.verification.status.StatusSource;
import org.greenvalue.verification.trust.TrustListSnapshot;
import org.greenvalue.verification.trust.TrustSource;

/**
 * Where the engine gets external facts. Each source is optional: a check whose source is absent is
 * SKIPPED with the reason, never PASSED.
 *
 * @param dids resolves issuer and holder keys (did:key; did:web to allow-listed hosts only)
 * @param trust who was accredited for what and when
 * @param status status lists
 * @param receipts anchor receipts by digest (a request's own receipt comes first)
 * @param chain the chain's anchor records, to check receipts against
 * @param lots green-value lot state
 * @param keyHistory the registry's DID document history, for did:web keys at issuance
 * @param custody custody chains of registry allocations, for inherited ΔCO2 ({@code upstream})
 * @param registryDid the registry's DID, which signs transfer records; when absent, the issuer of a
 *     trust list snapshot ({@link #transferRecordIssuer()})
 */
public record Sources(
    DidResolver dids,
    Optional<TrustSource> trust,
    Optional<StatusSource> status,
    Optional<ReceiptSource> receipts,
    Optional<AnchorRecords> chain,
    Optional<LotSource> lots,
    Optional<KeyHistorySource> keyHistory,
    Optional<CustodySource> custody,
    Optional<String> registryDid) {

  public Sources {
    Objects.requireNonNull(dids, "dids");
    Objects.requireNonNull(trust, "trust");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(receipts, "receipts");
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(lots, "lots");
    Objects.requireNonNull(keyHistory, "keyHistory");
    Objects.requireNonNull(custody, "custody");
    Objects.requireNonNull(registryDid, "registryDid");
  }

  /** Only DID resolution: everything else is skipped. */
  public static Sources offline(DidResolver dids) {
    return new Sources(
        dids,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public Sources withTrust(TrustSource source) {
    return new Sources(
        dids, Optional.of(source), status, receipts, chain, lots, keyHistory, custody, registryDid);
  }

  public Sources withStatus(StatusSource source) {
    return new Sources(
        dids, trust, Optional.of(source), receipts, chain, lots, keyHistory, custody, registryDid);
  }

  public Sources withReceipts(ReceiptSource source) {
    return new Sources(
        dids, trust, status, Optional.of(source), chain, lots, keyHistory, custody, registryDid);
  }

  public Sources withChain(AnchorRecords records) {
    return new Sources(
        dids,
        trust,
        status,
        receipts,
        Optional.of(records),
        lots,
        keyHistory,
        custody,
        registryDid);
  }

  public Sources withLots(LotSource source) {
    return new Sources(
        dids,
        trust,
        status,
        receipts,
        chain,
        Optional.of(source),
        keyHistory,
        custody,
        registryDid);
  }

  public Sources withKeyHistory(KeyHistorySource source) {
    return new Sources(
        dids, trust, status, receipts, chain, lots, Optional.of(source), custody, registryDid);
  }

  public Sources withCustody(CustodySource source) {
    return new Sources(
        dids, trust, status, receipts, chain, lots, keyHistory, Optional.of(source), registryDid);
  }

  public Sources withRegistryDid(String did) {
    return new Sources(
        dids, trust, status, receipts, chain, lots, keyHistory, custody, Optional.of(did));
  }

  /**
   * Who must have signed transfer records: the configured registry DID, else the issuer of the
   * trust list snapshot (the registry signs both); empty when neither is known.
   */
  public Optional<String> transferRecordIssuer() {
    return registryDid.or(
        () ->
            trust
                .filter(TrustListSnapshot.class::isInstance)
                .map(t -> ((TrustListSnapshot) t).issuer()));
  }
}
