package org.greenvalue.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.verification.Issued.*;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.greenvalue.common.verification.Check.Outcome;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.did.JdkHttpFetcher;
import org.greenvalue.credentials.securing.CredentialVerifier;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.evidence.build.SealedPack;
import org.greenvalue.registry.client.RegistryClient;
import org.greenvalue.registry.client.RegistryClientConfig;
import org.greenvalue.verification.anchor.RegistryReceiptSource;
import org.greenvalue.verification.status.StatusListFetcher;
import org.greenvalue.verification.trust.RegistryTrustSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry that restarted no longer accepts the tokens it issued: its client gets a new token and
 * asks again, once. A source that still cannot answer leaves its check a gap (SKIPPED, the
 * verification INCOMPLETE), never FAILED.
 */
class SourceUnavailableTest {
  @TempDir static Path dir;
  static SealedPack pack;
  TestServer registry;
  String claim;
  String trustPath;

  @BeforeAll
  static void pack() throws Exception {
    pack = Issued.pack(dir.resolve("pack.zip"));
    StatusAndRegistryTest.pack = pack;
  }

  @BeforeEach
  void start() throws Exception {
    registry = new TestServer();
    claim = reduction(pack, SecuringFormat.VC_JWT);
    trustPath =
        "/trust?did="
            + RegistryClient.encode(did(SUPPLIER))
            + "&type=EmissionReductionCredential&at="
            + RegistryClient.encode(ISSUED.toString());
    registry.answer(trustPath, 200, "application/json", "{\"trusted\":true,\"reason\":\"ok\"}");
  }

  @AfterEach
  void stop() {
    registry.close();
  }

  private void issues(String token) {
    registry.answer(
        "/oauth2/token",
        200,
        "application/json",
        "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
    registry.requireBearer(trustPath, token);
  }

  private VerificationEngine trustEngine(RegistryClient client) {
    return new VerificationEngine(
        Sources.offline(new DidKeyResolver()).withTrust(new RegistryTrustSource(client)), CLOCK);
  }

  @Test
  void aTokenRefusedAfterARegistryRestartIsReplacedAndTheTrustCheckStillPasses() {
    var client =
        new RegistryClient(
            RegistryClientConfig.reader(URI.create(registry.base()), "reader", "s"), CLOCK);
    var engine = trustEngine(client);
    issues("before-restart");
    assertThat(engine.verify(CredentialRequest.of(claim)).report().check("trust.issuer"))
        .hasValueSatisfying(c -> assertThat(c.outcome()).isEqualTo(Outcome.PASSED));

    issues("after-restart");
    var after = engine.verify(CredentialRequest.of(claim));

    assertThat(after.report().check("trust.issuer").orElseThrow().outcome())
        .isEqualTo(Outcome.PASSED);
    assertThat(registry.hits("/oauth2/token")).isEqualTo(2);
    assertThat(registry.hits(trustPath)).as("1 before, then 401 and the retry").isEqualTo(3);
  }

  @Test
  void aRegistryThatKeepsRefusingTheTokenMakesTrustAGapAfterOneRetry() {
    issues("accepted-by-nobody");
    registry.requireBearer(trustPath, "never-issued");
    var client =
        new RegistryClient(
            RegistryClientConfig.reader(URI.create(registry.base()), "reader", "s"), CLOCK);

    var v = trustEngine(client).verify(CredentialRequest.of(claim));

    var check = v.report().check("trust.issuer").orElseThrow();
    assertThat(check.outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(check.reason()).contains("could not answer").contains("401");
    assertThat(v.gaps()).contains("trust.issuer");
    assertThat(v.complete()).isFalse();
    assertThat(registry.hits(trustPath)).isEqualTo(2);
    assertThat(registry.hits("/oauth2/token")).isEqualTo(2);
  }

  @Test
  void anUnreachableRegistryMakesTrustAndAnchorGapsNotFailures() throws Exception {
    String base = registry.base();
    registry.close();
    var client =
        new RegistryClient(RegistryClientConfig.reader(URI.create(base), "reader", "s"), CLOCK);
    var engine =
        new VerificationEngine(
            Sources.offline(new DidKeyResolver())
                .withTrust(new RegistryTrustSource(client))
                .withReceipts(new RegistryReceiptSource(client)),
            CLOCK);

    var v = engine.verify(CredentialRequest.of(claim));

    assertThat(v.report().check("trust.issuer").orElseThrow().outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(v.report().check("anchor").orElseThrow().outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(v.gaps()).contains("trust.issuer", "anchor");
    assertThat(v.report().checks()).noneMatch(c -> c.name().startsWith("trust") && c.failed());
    registry = new TestServer();
  }

  @Test
  void aStatusListThatCannotBeFetchedIsAGap() {
    String unavailable = registry.base() + "/status-lists/revocation/9";
    registry.answer("/status-lists/revocation/9", 503, "application/json", "{}");
    var dids = new DidKeyResolver();
    var engine =
        new VerificationEngine(
            Sources.offline(dids)
                .withStatus(
                    new StatusListFetcher(
                        new JdkHttpFetcher(),
                        List.of(registry.base() + "/status-lists/"),
                        new CredentialVerifier(dids, CLOCK),
                        CLOCK,
                        Duration.ofMinutes(5))),
            CLOCK);

    var v = engine.verify(CredentialRequest.of(StatusAndRegistryTest.withStatus(3, unavailable)));

    var check = v.report().check("status.revocation").orElseThrow();
    assertThat(check.outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(check.reason()).contains("503");
    assertThat(v.gaps()).contains("status.revocation");
  }
}
