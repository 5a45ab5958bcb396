package org.greenvalue.verification;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.greenvalue.common.Result;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.digest.SecuredCredentialDigests;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.greenvalue.credentials.securing.CredentialVerifier;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.credentials.subject.custody.CustodyTransfer;
import org.greenvalue.credentials.subject.reduction.UpstreamReference;
import org.greenvalue.verification.CustodyChainRule.Walker;
import org.greenvalue.verification.chain.CustodyChain;
import org.greenvalue.verification.chain.CustodyChain.Hop;
import org.greenvalue.verification.facts.VerifiedFacts.Tier;

/**
 * The hops of one custody path: each lot's parent and the transfer that created it, the
 * registry-signed transfer record, the lot on chain when a ledger is configured ({@link
 * CustodyOnChain}), and at the root the minted ΔCO2 credential, verified by the whole engine.
 */
final class CustodyHops {

  private final Walker walker;
  private final CredentialVerifier records;
  private final CustodyChainRule.Upstream engine;

  CustodyHops(Walker walker, CredentialVerifier records, CustodyChainRule.Upstream engine) {
    this.walker = walker;
    this.records = records;
    this.engine = engine;
  }

  /**
   * Walks the hops; what failed or stayed open since {@code failedBefore} / {@code openBefore} (the
   * allocation's checks) counts against the first tier.
   */
  void walk(
      String at, UpstreamReference ref, CustodyChain chain, int failedBefore, int openBefore) {
    List<Hop> hops = chain.hops();
    if (hops.isEmpty()) {
      walker.fail(at + ": the chain has no lots");
      return;
    }
    if (!hops.getFirst().lot().id().equals(chain.allocation().lotId())) {
      walker.fail(at + ": the chain does not start at the allocation's lot");
    }
    if (chain.allocation().quantity().compareTo(hops.getFirst().lot().quantity()) > 0) {
      walker.fail(at + ": the allocation exceeds its lot's quantity");
    }
    String rootDigest = hops.getLast().lot().credentialDigest();
    var lots = new HashSet<UUID>();
    for (int i = 0; i < hops.size(); i++) {
      int tier = walker.walk.tiersBelow() + i + 1;
      Hop hop = hops.get(i);
      String where = at + " tier " + tier + " lot " + hop.lot().id();
      if (tier > CustodyWalk.MAX_TIERS) {
        walker.fail(at + ": chain deeper than " + CustodyWalk.MAX_TIERS + " tiers");
        return;
      }
      if (!lots.add(hop.lot().id())) {
        walker.fail(where + ": cycle (the lot appears twice on the path)");
        return;
      }
      int failed = i == 0 ? failedBefore : walker.failures.size();
      int open = i == 0 ? openBefore : walker.unanswered.size();
      if (!hop.lot().credentialDigest().equals(rootDigest)) {
        walker.fail(where + ": the lot names another credential than the root lot");
      }
      boolean root = i == hops.size() - 1;
      int position = walker.tiers.size(); // the root's upstream tiers, if any, come after it
      if (root) {
        root(where, ref, hop, tier);
      } else {
        transfer(where, ref, hop, hops.get(i + 1), rootDigest);
      }
      walker.onChain.lot(where, hop, root ? Optional.empty() : Optional.of(hops.get(i + 1)));
      String verdict =
          walker.failures.size() > failed
              ? "NOT_VERIFIED"
              : walker.unanswered.size() > open ? "INCOMPLETE" : "VERIFIED";
      walker.tiers.add(
          position,
          new Tier(
              tier,
              hop.lot().owner(),
              UpstreamReference.UUID_URN + hop.lot().id(),
              hop.lot().quantity(),
              hop.lot().credentialDigest(),
              verdict));
    }
  }

  private void transfer(String where, UpstreamReference ref, Hop hop, Hop parent, String digest) {
    if (!hop.lot().parentId().equals(Optional.of(parent.lot().id()))) {
      walker.fail(where + ": its parent is not the next lot of the chain");
    }
    if (hop.transfer().isEmpty() || hop.minted().isPresent()) {
      walker.fail(where + ": a lot below the root must come from a transfer");
      return;
    }
    CustodyChain.Transfer t = hop.transfer().get();
    if (!t.childLotId().equals(hop.lot().id()) || !t.lotId().equals(parent.lot().id())) {
      walker.fail(where + ": the transfer does not connect this lot to its parent");
    }
    if (!t.to().equals(hop.lot().owner()) || !t.from().equals(parent.lot().owner())) {
      walker.fail(where + ": the transfer's parties are not the lots' owners");
    }
    if (t.quantity().compareTo(hop.lot().quantity()) != 0) {
      walker.fail(where + ": the transfer's quantity is not the lot's");
    }
    if (hop.lot().quantity().compareTo(parent.lot().quantity()) > 0) {
      walker.fail(where + ": the lot holds more than its parent (double counting)");
    }
    String recordId = UpstreamReference.UUID_URN + t.id();
    if (ref.transferRecords().stream().noneMatch(r -> r.equalsIgnoreCase(recordId))) {
      walker.fail(where + ": transfer " + recordId + " is not among the reference's records");
    }
    record(where, t, recordId, digest);
  }

  /** The registry-signed transfer record: its proof, its issuer, and that it says this hop. */
  private void record(String where, CustodyChain.Transfer t, String recordId, String digest) {
    if (t.record().isEmpty()) {
      walker.fail(where + ": the transfer has no signed record");
      return;
    }
    Optional<String> registry = walker.sources.transferRecordIssuer();
    var vc = VerifiableCredential.of(t.record().get());
    if (registry.isEmpty()) {
      walker.unanswered(where + ": the registry DID is not configured to check transfer records");
    } else if (!vc.issuerId().equals(registry)) {
      walker.fail(where + ": the transfer record is issued by " + vc.issuerId().orElse("nobody"));
      return;
    }
    VerificationReport report = records.verify(t.record().get());
    if (!report.valid()) {
      walker.fail(
          where
              + ": the transfer record does not verify ("
              + report.failures().stream().map(Check::name).toList()
              + ")");
      return;
    }
    if (!vc.types().contains(SubjectKind.CUSTODY_TRANSFER.credentialType())
        || !vc.id().map(recordId::equalsIgnoreCase).orElse(false)
        || vc.credentialSubjects().size() != 1) {
      walker.fail(where + ": the transfer record is not the record of " + recordId);
      return;
    }
    Result<CustodyTransfer> subject = CustodyTransfer.parse(vc.credentialSubjects().getFirst());
    if (!subject.succeeded()) {
      walker.fail(where + ": the transfer record's subject: " + subject.reason());
      return;
    }
    CustodyTransfer s = subject.value();
    boolean matches =
        s.lotId().equalsIgnoreCase(UpstreamReference.UUID_URN + t.lotId())
            && s.childLotId().equalsIgnoreCase(UpstreamReference.UUID_URN + t.childLotId())
            && s.transferor().equals(t.from())
            && s.transferee().equals(t.to())
            && s.quantity().compareTo(t.quantity()) == 0
            && s.deliveryReference().equals(t.deliveryReference())
            && s.sourceCredential().toString().equals(digest);
    if (!matches) {
      walker.fail(where + ": the signed transfer record does not match the hop");
    }
  }

  private void root(String where, UpstreamReference ref, Hop hop, int tier) {
    if (hop.lot().parentId().isPresent() || hop.transfer().isPresent()) {
      walker.fail(where + ": the last lot of the chain is not a minted root lot");
    }
    if (hop.minted().isEmpty()) {
      walker.fail(where + ": the root lot carries no minted credential");
      return;
    }
    CustodyChain.Minted minted = hop.minted().get();
    String digest = hop.lot().credentialDigest();
    if (!minted.credentialDigest().equals(digest)) {
      walker.fail(where + ": the minted credential is not the lot's");
    }
    if (ref.sourceCredentials().stream().noneMatch(d -> d.toString().equals(digest))) {
      walker.fail(where + ": " + digest + " is not among the reference's sourceCredentials");
    }
    if (walker.walk.digests().contains(digest)
        || (walker.claim.digest().succeeded()
            && walker.claim.digest().value().toString().equals(digest))) {
      walker.fail(where + ": cycle (credential " + digest + " is met twice on the path)");
      return;
    }
    String actual = digestOf(minted.reductionCredential());
    if (!digest.equals(actual)) {
      walker.fail(where + ": the minted credential's digest is " + actual + ", not " + digest);
      return;
    }
    var request =
        new CredentialRequest(
            minted.reductionCredential(),
            minted.assuranceCredential().map(List::of).orElse(List.of()),
            Optional.empty(),
            Optional.empty(),
            org.greenvalue.credentials.subject.assurance.AssuranceLevel.LIMITED);
    CustodyWalk deeper =
        walker.walk.upstreamOf(
            tier,
            walker.claim.digest().succeeded() ? walker.claim.digest().value().toString() : "");
    // the downstream buyer never holds the upstream pack: the root's assurance stands for it
    Verification upstream = AssuredEvidence.assured(engine.apply(request, deeper));
    if (!upstream.valid()) {
      walker.fail(
          where
              + ": the minted credential "
              + digest
              + " does not verify ("
              + upstream.report().failures().stream()
                  .map(c -> c.name() + ": " + c.reason())
                  .limit(3)
                  .toList()
              + ")");
    }
    if (!upstream
        .facts()
        .subjectKind()
        .equals(Optional.of(SubjectKind.EMISSION_REDUCTION.name()))) {
      walker.fail(where + ": the minted credential is not a ΔCO2 credential");
    }
    upstream
        .facts()
        .reduction()
        .filter(r -> hop.lot().quantity().compareTo(r.reduction()) > 0)
        .ifPresent(
            r ->
                walker.fail(
                    where
                        + ": the root lot holds more than its credential's reduction of "
                        + r.reduction().toPlainString()));
    upstream.gaps().forEach(g -> walker.gaps.add(CustodyChainRule.NAME + "." + digest + "." + g));
    upstream.facts().custody().ifPresent(c -> walker.tiers.addAll(c.tiers()));
    Optional<String> minter =
        upstream
            .facts()
            .issuer()
            .flatMap(did -> walker.sources.trust().flatMap(t -> t.organisationOf(did)));
    if (minter.isPresent() && !minter.get().equals(hop.lot().owner())) {
      walker.fail(where + ": the root lot's owner did not issue its minted credential");
    }
  }

  private static String digestOf(String secured) {
    String text = secured.strip();
    Result<org.greenvalue.common.digest.Sha256Digest> digest =
        text.startsWith("{")
            ? org.greenvalue.credentials.json.JsonDocuments.parseObject(text)
                .flatMap(SecuredCredentialDigests::ofSecuredJson)
            : SecuredCredentialDigests.ofCompactJws(text);
    return digest.succeeded() ? digest.value().toString() : "(no digest: " + digest.reason() + ")";
  }
}
