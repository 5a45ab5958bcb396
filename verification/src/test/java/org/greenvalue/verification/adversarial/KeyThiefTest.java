package org.greenvalue.verification.adversarial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.verification.WebIssuer.change;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.Check.Outcome;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerConfig;
import org.greenvalue.ledger.Web3jLedger;
import org.greenvalue.ledger.anchor.AnchorReceiptJson;
import org.greenvalue.ledger.chain.DevChain;
import org.greenvalue.verification.CredentialRequest;
import org.greenvalue.verification.Sources;
import org.greenvalue.verification.Verification;
import org.greenvalue.verification.VerificationEngine;
import org.greenvalue.verification.WebIssuer;
import org.greenvalue.verification.anchor.AnchorRecords;
import org.greenvalue.verification.dids.KeyHistorySource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The thief of a key the issuer has revoked for compromise signs a credential and backdates it to
 * before the compromise. Whatever it claims, the credential is never verified: unanchored, anchored
 * now (after the compromise), or with a forged receipt claiming an early block.
 */
@Tag("integration")
class KeyThiefTest {

  static final String KEY_CHECK = "key.valid-at-issuance";
  static final Instant BACKDATED = Instant.parse("2025-03-01T00:00:00Z");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T00:00:00Z"), ZoneOffset.UTC);

  @TempDir static Path dir;
  static DevChain chain;
  static Ledger ledger;

  WebIssuer victim;
  Instant compromisedAt;

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

  /** k1 was stolen; the issuer revoked it for compromise an hour ago and signs with k2 now. */
  @BeforeEach
  void compromised() {
    compromisedAt = Instant.now().minus(Duration.ofHours(1));
    victim =
        new WebIssuer("k1", "k2")
            .version(Instant.parse("2025-01-01T00:00:00Z"), change("CREATED"), "k1")
            .version(Instant.parse("2025-02-01T00:00:00Z"), change("ROTATED"), "k1", "k2");
    victim.version(compromisedAt, victim.compromise("k1", compromisedAt), "k2");
  }

  VerificationEngine engine(boolean withChain) {
    Sources sources =
        Sources.offline(victim.resolver())
            .withKeyHistory(KeyHistorySource.of(List.of(victim.history()), "registry"));
    return new VerificationEngine(
        withChain ? sources.withChain(new AnchorRecords(ledger)) : sources, CLOCK);
  }

  static Check keyCheck(Verification v) {
    return v.report().check(KEY_CHECK).orElseThrow();
  }

  @Test
  void aBackdatedUnanchoredCredentialIsNotVerified() throws Exception {
    String forged = victim.signReduction(dir, "k1", BACKDATED, SecuringFormat.EDDSA_RDFC_2022);

    Verification v = engine(true).verify(CredentialRequest.of(forged));

    assertThat(keyCheck(v).outcome()).as(v.report().toString()).isEqualTo(Outcome.FAILED);
    assertThat(v.valid()).isFalse();
  }

  @Test
  void aBackdatedCredentialAnchoredAfterTheCompromiseIsNotVerified() throws Exception {
    String forged = victim.signReduction(dir, "k1", BACKDATED, SecuringFormat.VC_JWT);
    var receipt = WebIssuer.anchor(ledger, forged);

    Verification v =
        engine(true)
            .verify(
                CredentialRequest.of(forged).withAnchorReceipt(AnchorReceiptJson.write(receipt)));

    assertThat(v.report().check("anchor.digest").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
    assertThat(keyCheck(v).outcome()).as(v.report().toString()).isEqualTo(Outcome.FAILED);
    assertThat(keyCheck(v).reason()).contains("not before");
    assertThat(v.valid()).isFalse();
  }

  @Test
  void aForgedReceiptClaimingAnEarlyBlockFailsAgainstTheChain() throws Exception {
    String forged = victim.signReduction(dir, "k1", BACKDATED, SecuringFormat.EDDSA_RDFC_2022);
    String receipt = WebIssuer.forgedReceipt(forged, BACKDATED.plusSeconds(60));

    Verification v = engine(true).verify(CredentialRequest.of(forged).withAnchorReceipt(receipt));

    assertThat(v.facts().anchor()).isEmpty();
    assertThat(keyCheck(v).outcome()).as(v.report().toString()).isEqualTo(Outcome.FAILED);
    assertThat(v.valid()).isFalse();
  }

  @Test
  void aForgedReceiptWithoutAChainToCheckItIsNeverVerified() throws Exception {
    String forged = victim.signReduction(dir, "k1", BACKDATED, SecuringFormat.EDDSA_RDFC_2022);
    String receipt = WebIssuer.forgedReceipt(forged, BACKDATED.plusSeconds(60));

    Verification v = engine(false).verify(CredentialRequest.of(forged).withAnchorReceipt(receipt));

    assertThat(keyCheck(v).outcome()).as(v.report().toString()).isNotEqualTo(Outcome.PASSED);
    assertThat(v.valid() && v.complete()).isFalse();
  }
}
