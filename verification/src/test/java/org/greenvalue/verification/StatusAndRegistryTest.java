package org.greenvalue.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.credentials.json.JsonDocuments.JSON;
import static org.greenvalue.verification.Issued.*;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.greenvalue.common.verification.Check.Outcome;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.did.JdkHttpFetcher;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.greenvalue.credentials.securing.CredentialSigner;
import org.greenvalue.credentials.securing.CredentialVerifier;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.credentials.status.BitstringStatusList;
import org.greenvalue.credentials.status.BitstringStatusListEntry;
import org.greenvalue.credentials.status.BitstringStatusListSubject;
import org.greenvalue.credentials.status.StatusPurpose;
import org.greenvalue.credentials.subject.CredentialParts;
import org.greenvalue.evidence.build.SealedPack;
import org.greenvalue.ledger.anchor.AnchorReceiptJson;
import org.greenvalue.registry.client.RegistryClient;
import org.greenvalue.registry.client.RegistryClientConfig;
import org.greenvalue.verification.anchor.RegistryReceiptSource;
import org.greenvalue.verification.status.StatusListFetcher;
import org.greenvalue.verification.trust.RegistryTrustSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The online adapters against a loopback server that speaks the registry's contract: signed status
 * lists (allow-listed, verified, cached), {@code /oauth2/token}, {@code /trust/{did}} and {@code
 * /anchors/{digest}}.
 */
class StatusAndRegistryTest {

  @TempDir static Path dir;
  static TestServer server;
  static SealedPack pack;
  static String listUrl;

  @BeforeAll
  static void start() throws Exception {
    server = new TestServer();
    pack = pack(dir.resolve("pack.zip"));
    listUrl = server.base() + "/status-lists/revocation/1";
    var bits = BitstringStatusList.create();
    bits.set(7, 1);
    server.answer(
        "/status-lists/revocation/1", 200, "application/vc+ld+json", statusList(listUrl, bits));
    server.answer(
        "/status-lists/revocation/2",
        200,
        "application/json",
        statusList(listUrl, bits).replace("\"u", "\"uAAA"));
    server.answer(
        "/oauth2/token",
        200,
        "application/json",
        "{\"access_token\":\"t-1\",\"token_type\":\"Bearer\",\"expires_in\":300}");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String statusList(String url, BitstringStatusList bits) {
    var credential =
        VerifiableCredential.builder()
            .id(url)
            .type("BitstringStatusListCredential")
            .issuer(did(REGISTRY))
            .validFrom(ISSUED)
            .credentialSubject(
                BitstringStatusListSubject.of(url + "#list", StatusPurpose.REVOCATION, bits)
                    .toJson())
            .build()
            .json();
    return new CredentialSigner(REGISTRY, DidKeyResolver.methodFor(REGISTRY.publicKey()), CLOCK)
        .sign(credential, SecuringFormat.EDDSA_RDFC_2022)
        .orElseThrow();
  }

  static String withStatus(int index, String url) {
    var json =
        CredentialParts.of(reductionSubject(pack, "300", "100"))
            .toCredentialBuilder()
            .add("issuer", did(SUPPLIER))
            .add("validFrom", ISSUED.toString())
            .add(
                "credentialStatus",
                BitstringStatusListEntry.of(StatusPurpose.REVOCATION, index, URI.create(url))
                    .toJson())
            .build();
    return new CredentialSigner(SUPPLIER, DidKeyResolver.methodFor(SUPPLIER.publicKey()), CLOCK)
        .sign(json, SecuringFormat.VC_JWT)
        .orElseThrow();
  }

  static VerificationEngine withStatusSource(List<String> allowed) {
    var dids = new DidKeyResolver();
    var fetcher =
        new StatusListFetcher(
            new JdkHttpFetcher(),
            allowed,
            new CredentialVerifier(dids, CLOCK),
            CLOCK,
            Duration.ofMinutes(5));
    return new VerificationEngine(Sources.offline(dids).withStatus(fetcher), CLOCK);
  }

  @Test
  void aRevokedEntryFailsAndAnActiveOnePassesWithFreshnessShown() {
    var engine = withStatusSource(List.of(server.base() + "/status-lists/"));

    var revoked = engine.verify(CredentialRequest.of(withStatus(7, listUrl)));
    var active = engine.verify(CredentialRequest.of(withStatus(8, listUrl)));

    assertThat(revoked.report().check("status.revocation").orElseThrow().outcome())
        .isEqualTo(Outcome.FAILED);
    assertThat(revoked.facts().status().revoked()).isTrue();
    assertThat(active.report().check("status.revocation").orElseThrow().outcome())
        .isEqualTo(Outcome.PASSED);
    assertThat(active.report().check("status.revocation").orElseThrow().reason())
        .contains("fresh until");
    assertThat(active.facts().status().fetchedAt()).contains(NOW);
    assertThat(server.hits("/status-lists/revocation/1"))
        .as("cached after the first fetch")
        .isEqualTo(1);
  }

  @Test
  void aStatusListOutsideTheAllowListIsNeverFetched() {
    var engine = withStatusSource(List.of("https://registry.example/status-lists/"));
    int before = server.hits("/status-lists/revocation/1");

    var v = engine.verify(CredentialRequest.of(withStatus(8, listUrl)));

    assertThat(v.report().check("status.revocation").orElseThrow().reason()).contains("allow-list");
    assertThat(v.valid()).isFalse();
    assertThat(server.hits("/status-lists/revocation/1")).isEqualTo(before);
  }

  @Test
  void aTamperedStatusListIsRefused() {
    var engine = withStatusSource(List.of(server.base() + "/status-lists/"));
    var v =
        engine.verify(
            CredentialRequest.of(withStatus(8, server.base() + "/status-lists/revocation/2")));
    assertThat(v.report().check("status.revocation").orElseThrow().outcome())
        .isEqualTo(Outcome.FAILED);
  }

  @Test
  void withoutAStatusSourceTheStatusCheckIsSkipped() {
    var engine = new VerificationEngine(Sources.offline(new DidKeyResolver()), CLOCK);
    var v = engine.verify(CredentialRequest.of(withStatus(7, listUrl)));
    assertThat(v.report().check("status").orElseThrow().outcome()).isEqualTo(Outcome.SKIPPED);
  }

  @Test
  void theRegistryAnswersTrustWithABearerToken() {
    var registry =
        new RegistryClient(
            RegistryClientConfig.reader(URI.create(server.base()), "reader", "reader-secret"),
            CLOCK);
    String claim = reduction(pack, SecuringFormat.VC_JWT);
    String path =
        "/trust?did="
            + RegistryClient.encode(did(SUPPLIER))
            + "&type=EmissionReductionCredential&at="
            + RegistryClient.encode(ISSUED.toString());
    server.answer(path, 200, "application/json", "{\"trusted\":true,\"reason\":\"accredited\"}");
    var engine =
        new VerificationEngine(
            Sources.offline(new DidKeyResolver()).withTrust(new RegistryTrustSource(registry)),
            CLOCK);

    var v = engine.verify(CredentialRequest.of(claim));

    assertThat(v.report().check("trust.issuer").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
    assertThat(server.lastAuthorization.get(path)).isEqualTo("Bearer t-1");
    assertThat(server.lastAuthorization.get("/oauth2/token")).startsWith("Basic ");
  }

  @Test
  void theRegistrysAnchorStatesBecomeAnchorChecks() {
    var registry =
        new RegistryClient(
            RegistryClientConfig.reader(URI.create(server.base()), "reader", "reader-secret"),
            CLOCK);
    var engine =
        new VerificationEngine(
            Sources.offline(new DidKeyResolver()).withReceipts(new RegistryReceiptSource(registry)),
            CLOCK);
    String pending = reduction(pack, SecuringFormat.VC_JWT);
    String unknown = reduction(pack, SecuringFormat.VC_JWT);
    String malformed = reduction(pack, SecuringFormat.VC_JWT);
    server.answer(
        "/anchors/" + RegistryClient.encode(digestOf(pending)),
        200,
        "application/json",
        "{\"digest\":\""
            + digestOf(pending)
            + "\",\"state\":\"PENDING\",\"submittedAt\":\"2025-06-30T00:00:00Z\"}");
    server.answer(
        "/anchors/" + RegistryClient.encode(digestOf(malformed)),
        200,
        "application/json",
        "{\"state\":\"ANCHORED\",\"receipt\":{\"type\":\"AnchorReceipt\"}}");

    Verification waiting = engine.verify(CredentialRequest.of(pending));
    assertThat(waiting.report().check("anchor").orElseThrow().reason()).contains("waiting");
    assertThat(waiting.report().check("anchor").orElseThrow().outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(waiting.gaps()).contains("anchor");
    assertThat(
            engine
                .verify(CredentialRequest.of(unknown))
                .report()
                .check("anchor")
                .orElseThrow()
                .reason())
        .contains("has no anchor");
    assertThat(
            engine
                .verify(CredentialRequest.of(malformed))
                .report()
                .check("anchor")
                .orElseThrow()
                .outcome())
        .isEqualTo(Outcome.FAILED);
  }

  @Test
  void refusedClientCredentialsMakeTheTrustCheckAGap() {
    try (var other = newServer()) {
      other.answer("/oauth2/token", 401, "application/json", "{\"error\":\"invalid_client\"}");
      var registry =
          new RegistryClient(
              RegistryClientConfig.reader(URI.create(other.base()), "reader", "wrong"), CLOCK);
      var engine =
          new VerificationEngine(
              Sources.offline(new DidKeyResolver()).withTrust(new RegistryTrustSource(registry)),
              CLOCK);
      var check =
          engine
              .verify(CredentialRequest.of(reduction(pack, SecuringFormat.VC_JWT)))
              .report()
              .check("trust.issuer")
              .orElseThrow();
      assertThat(check.outcome()).isEqualTo(Outcome.SKIPPED);
      assertThat(check.reason()).contains("refused the client credentials");
    }
  }

  @Test
  void anAnchoredAnswerCarriesItsReceipt() {
    String receipt =
        AnchorReceiptJson.write(
            ((org.greenvalue.ledger.anchor.ReceiptParse.Parsed)
                    AnchorReceiptJson.read(
                        "{\"type\":\"AnchorReceipt\",\"digest\":\"sha256:"
                            + "1".repeat(64)
                            + "\",\"batchId\":\"0x"
                            + "2".repeat(64)
                            + "\",\"root\":\"0x"
                            + "3".repeat(64)
                            + "\",\"proof\":{\"leafIndex\":0,\"treeSize\":1,\"siblings\":[]},"
                            + "\"chainId\":1337,\"contract\":\"0xabc\",\"txHash\":\"0xdef\",\"blockNumber\":5,\"blockTime\":\"2025-06-01T00:00:00Z\"}"))
                .receipt());
    var json =
        JSON.createObjectBuilder()
            .add("state", "ANCHORED")
            .add(
                "receipt",
                org.greenvalue.credentials.json.JsonDocuments.parseObject(receipt).value())
            .build();
    server.answer(
        "/anchors/" + RegistryClient.encode("sha256:" + "1".repeat(64)),
        200,
        "application/json",
        json.toString());
    var registry =
        new RegistryClient(
            RegistryClientConfig.reader(URI.create(server.base()), "reader", "reader-secret"),
            CLOCK);
    var found = new RegistryReceiptSource(registry).lookup("sha256:" + "1".repeat(64));
    assertThat(found)
        .isInstanceOf(org.greenvalue.verification.anchor.ReceiptSource.AnchorLookup.Anchored.class);
  }

  private static TestServer newServer() {
    try {
      return new TestServer();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
