package org.greenvalue.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.verification.WebIssuer.change;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.greenvalue.common.verification.Check.Outcome;
import org.greenvalue.credentials.securing.CredentialVerifier;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerConfig;
import org.greenvalue.ledger.Web3jLedger;
import org.greenvalue.ledger.anchor.AnchorReceipt;
import org.greenvalue.ledger.anchor.AnchorReceiptJson;
import org.greenvalue.ledger.chain.DevChain;
import org.greenvalue.verification.anchor.AnchorRecords;
import org.greenvalue.verification.dids.KeyHistorySource;
import org.greenvalue.verification.trust.TrustListSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * did:web keys at issuance, from the registry's DID history: a rotation keeps older credentials
 * valid; a key revoked for compromise is valid only for credentials anchored (on a real chain)
 * before the compromise time.
 */
@Tag("integration")
class KeyHistoryTest {

  static final Instant CREATED = Instant.parse("2025-01-01T00:00:00Z");
  static final Instant ROTATED = Instant.parse("2025-06-15T00:00:00Z");

  @TempDir static Path dir;
  static DevChain chain;
  static Ledger ledger;

  @BeforeAll
  static void start() throws Exception {
    chain = DevChain.start();
    ledger =
        Web3jLedger.connect(LedgerConfig.of(chain.rpcUrl(), chain.accounts().get(0).privateKey()));
  }

  @AfterAll
  static void stop() {
    if (ledger != null) {
      ledger.close();
    }
    if (chain != null) {
      chain.close();
    }
  }

  static WebIssuer rotated() {
    return new WebIssuer("k1", "k2")
        .version(CREATED, change("CREATED"), "k1")
        .version(ROTATED, change("ROTATED"), "k1", "k2");
  }

  static VerificationEngine engine(WebIssuer issuer) {
    return new VerificationEngine(
        Sources.offline(issuer.resolver())
            .withChain(new AnchorRecords(ledger))
            .withKeyHistory(KeyHistorySource.of(java.util.List.of(issuer.history()), "test")),
        Issued.CLOCK);
  }

  static Verification verify(VerificationEngine engine, String credential, AnchorReceipt receipt) {
    return engine.verify(
        CredentialRequest.of(credential).withAnchorReceipt(AnchorReceiptJson.write(receipt)));
  }

  static Outcome keyCheck(Verification v) {
    return v.report().check(KeyHistoryRule.NAME).orElseThrow().outcome();
  }

  @Test
  void aRotationKeepsCredentialsSignedWithTheOlderKeyValid() throws Exception {
    WebIssuer issuer = rotated();
    String old =
        issuer.signReduction(
            dir, "k1", Instant.parse("2025-03-01T00:00:00Z"), SecuringFormat.EDDSA_RDFC_2022);
    String fresh =
        issuer.signReduction(
            dir, "k2", Instant.parse("2025-06-20T00:00:00Z"), SecuringFormat.VC_JWT);

    Verification anchoredOld = verify(engine(issuer), old, WebIssuer.anchor(ledger, old));
    Verification anchoredNew = verify(engine(issuer), fresh, WebIssuer.anchor(ledger, fresh));
    Verification unanchoredOld = engine(issuer).verify(CredentialRequest.of(old));

    assertThat(keyCheck(anchoredOld)).as(anchoredOld.report().toString()).isEqualTo(Outcome.PASSED);
    assertThat(anchoredOld.valid()).as(anchoredOld.report().toString()).isTrue();
    assertThat(keyCheck(anchoredNew)).as(anchoredNew.report().toString()).isEqualTo(Outcome.PASSED);
    assertThat(keyCheck(unanchoredOld)).isEqualTo(Outcome.PASSED);
    assertThat(anchoredOld.gaps()).doesNotContain(KeyHistoryRule.NAME);
  }

  @Test
  void aCredentialAnchoredBeforeTheCompromiseStaysValidThoughTheKeyLeftTheDocument()
      throws Exception {
    WebIssuer issuer = rotated();
    String credential =
        issuer.signReduction(
            dir, "k1", Instant.parse("2025-03-01T00:00:00Z"), SecuringFormat.EDDSA_RDFC_2022);
    AnchorReceipt receipt = WebIssuer.anchor(ledger, credential);
    Instant compromisedAt = receipt.blockTime().plus(Duration.ofHours(1));
    issuer.version(compromisedAt.plusSeconds(60), issuer.compromise("k1", compromisedAt), "k2");

    Verification v = verify(engine(issuer), credential, receipt);

    assertThat(
            issuer
                .resolver()
                .resolve(issuer.did)
                .orElseThrow()
                .verificationMethod(issuer.method("k1")))
        .isEmpty();
    assertThat(v.report().failures()).as(v.report().toString()).isEmpty();
    assertThat(keyCheck(v)).isEqualTo(Outcome.PASSED);
    assertThat(v.report().check(KeyHistoryRule.NAME).orElseThrow().reason())
        .contains("before its compromise");
  }

  @Test
  void aCredentialAnchoredAfterTheCompromiseIsNotVerified() throws Exception {
    WebIssuer issuer = rotated();
    String credential =
        issuer.signReduction(
            dir, "k1", Instant.parse("2025-03-01T00:00:00Z"), SecuringFormat.VC_JWT);
    AnchorReceipt receipt = WebIssuer.anchor(ledger, credential);
    Instant compromisedAt = receipt.blockTime().minus(Duration.ofHours(1));
    issuer.version(compromisedAt, issuer.compromise("k1", compromisedAt), "k2");

    Verification v = verify(engine(issuer), credential, receipt);

    assertThat(keyCheck(v)).as(v.report().toString()).isEqualTo(Outcome.FAILED);
    assertThat(v.valid()).isFalse();
  }

  @Test
  void anUnanchoredCredentialSignedWithACompromisedKeyIsNotVerified() throws Exception {
    WebIssuer issuer = rotated();
    String credential =
        issuer.signReduction(
            dir, "k1", Instant.parse("2025-03-01T00:00:00Z"), SecuringFormat.EDDSA_RDFC_2022);
    Instant compromisedAt = Instant.parse("2025-06-30T00:00:00Z");
    issuer.version(compromisedAt, issuer.compromise("k1", compromisedAt), "k2");

    Verification v = engine(issuer).verify(CredentialRequest.of(credential));

    assertThat(keyCheck(v)).as(v.report().toString()).isEqualTo(Outcome.FAILED);
    assertThat(v.report().check(KeyHistoryRule.NAME).orElseThrow().reason())
        .contains("not anchored");
    assertThat(v.valid()).isFalse();
  }

  @Test
  void withoutAHistorySourceADidWebKeyIsAGap() throws Exception {
    WebIssuer issuer = rotated();
    String credential =
        issuer.signReduction(
            dir, "k2", Instant.parse("2025-06-20T00:00:00Z"), SecuringFormat.EDDSA_RDFC_2022);

    Verification v =
        new VerificationEngine(Sources.offline(issuer.resolver()), Issued.CLOCK)
            .verify(CredentialRequest.of(credential));

    assertThat(keyCheck(v)).isEqualTo(Outcome.SKIPPED);
    assertThat(v.gaps()).contains(KeyHistoryRule.NAME);
  }

  @Test
  void offlineTheTrustListSnapshotCarriesTheHistory() throws Exception {
    WebIssuer issuer = rotated();
    String old =
        issuer.signReduction(
            dir, "k1", Instant.parse("2025-03-01T00:00:00Z"), SecuringFormat.EDDSA_RDFC_2022);
    Instant compromisedAt = Instant.parse("2025-06-30T00:00:00Z");
    issuer.version(compromisedAt, issuer.compromise("k1", compromisedAt), "k2");
    String withK2 =
        issuer.signReduction(
            dir, "k2", Instant.parse("2025-06-30T12:00:00Z"), SecuringFormat.EDDSA_RDFC_2022);
    var snapshot =
        TrustListSnapshot.load(
                Issued.trustListWithHistory(Issued.REGISTRY, issuer.historyJson()),
                new CredentialVerifier(
                    new org.greenvalue.credentials.did.DidKeyResolver(), Issued.CLOCK),
                Optional.empty())
            .orElseThrow();
    var offline =
        new VerificationEngine(
            Sources.offline(issuer.resolver()).withTrust(snapshot).withKeyHistory(snapshot),
            Issued.CLOCK);

    Verification current = offline.verify(CredentialRequest.of(withK2));
    Verification compromised = offline.verify(CredentialRequest.of(old));

    assertThat(keyCheck(current)).as(current.report().toString()).isEqualTo(Outcome.PASSED);
    assertThat(keyCheck(compromised)).as(compromised.report().toString()).isEqualTo(Outcome.FAILED);
  }
}
