package org.greenvalue.registry.dids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.greenvalue.registry.dids.DidDocuments.body;
import static org.greenvalue.registry.dids.DidDocuments.document;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.ledger.anchor.AnchorReceipt;
import org.greenvalue.ledger.anchor.AnchorReceiptJson;
import org.greenvalue.ledger.anchor.ReceiptParse;
import org.greenvalue.ledger.anchor.ReceiptVerifier;
import org.greenvalue.registry.support.Api;
import org.greenvalue.registry.support.HttpResult;
import org.greenvalue.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;

/** Each version of a DID document registered in order, anchored, and answered as a history. */
class DidHistoryTest extends RegistryIntegrationTest {

  static final String CREATED = "{\"kind\":\"CREATED\"}";
  static final String ROTATED = "{\"kind\":\"ROTATED\"}";

  static String compromised(String keyId, Instant at) {
    return """
        {"kind":"KEY_COMPROMISED","keyId":"%s","compromisedAt":"%s"}"""
        .formatted(keyId, at);
  }

  static HttpResult history(Api api, String did) {
    return api.get(
        "/dids/history?did=" + URLEncoder.encode(did, StandardCharsets.UTF_8), api.reader());
  }

  @Test
  void createdRotatedAndCompromisedVersionsAreAnchoredAndAnsweredInOrder() {
    Api api = api();
    String did = freshDid();
    Instant compromisedAt =
        Instant.now().minusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    HttpResult v1 =
        api.post("/dids/versions", api.writer(), body(did, document(did, List.of("k1")), CREATED));
    HttpResult v2 =
        api.post(
            "/dids/versions", api.writer(), body(did, document(did, List.of("k1", "k2")), ROTATED));
    HttpResult v3 =
        api.post(
            "/dids/versions",
            api.writer(),
            body(did, document(did, List.of("k2")), compromised(did + "#k1", compromisedAt)));

    assertThat(List.of(v1.status(), v2.status(), v3.status())).as(v3.toString()).containsOnly(201);
    assertThat(v3.json().get("version").asInt()).isEqualTo(3);
    JsonNode versions =
        await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(200))
            .until(
                () -> history(api, did).json().get("versions"),
                vs -> vs.size() == 3 && vs.findValues("anchorReceipt").size() == 3);
    assertThat(versions.get(0).get("change").get("kind").asText()).isEqualTo("CREATED");
    assertThat(versions.get(0).get("validUntil").asText())
        .isEqualTo(versions.get(1).get("validFrom").asText());
    assertThat(versions.get(2).has("validUntil")).isFalse();
    assertThat(versions.get(2).get("document").get("id").asText()).isEqualTo(did);
    JsonNode keys = versions.get(2).get("compromisedKeys");
    assertThat(keys).hasSize(1);
    assertThat(keys.get(0).get("keyId").asText()).isEqualTo(did + "#k1");
    assertThat(Instant.parse(keys.get(0).get("compromisedAt").asText())).isEqualTo(compromisedAt);
    assertThat(versions.get(1).get("compromisedKeys")).isEmpty();
    for (JsonNode v : versions) {
      AnchorReceipt receipt = receipt(v.get("anchorReceipt"));
      assertThat(receipt.digest().toString()).isEqualTo(v.get("digest").asText());
      VerificationReport report =
          new ReceiptVerifier().verify(receipt, ledger.anchors().recordOfRoot(receipt.root()));
      assertThat(report.valid()).as(report.toString()).isTrue();
    }
    long audited =
        jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'did.version' AND subject = ?")
            .param(did)
            .query(Long.class)
            .single();
    assertThat(audited).isEqualTo(3);
  }

  @Test
  void aRetryOfTheLatestVersionIsAnsweredWithItAndWritesNothing() {
    Api api = api();
    String did = freshDid();
    String created = body(did, document(did, List.of("k1")), CREATED);
    HttpResult first = api.post("/dids/versions", api.writer(), created);
    long versions = count("did_document_versions");
    long outbox = count("anchor_outbox");

    HttpResult again = api.post("/dids/versions", api.writer(), created);

    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.json().get("digest")).isEqualTo(first.json().get("digest"));
    assertThat(count("did_document_versions")).isEqualTo(versions);
    assertThat(count("anchor_outbox")).isEqualTo(outbox);
  }

  @Test
  void anUnknownDidHasNoHistory() {
    Api api = api();
    HttpResult r = history(api, freshDid());
    assertThat(r.isProblem(404)).as(r.toString()).isTrue();
    assertThat(r.json().get("type").asText()).endsWith("/unknown-did");
  }

  static AnchorReceipt receipt(JsonNode json) {
    ReceiptParse parsed = AnchorReceiptJson.read(json.toString());
    assertThat(parsed).isInstanceOf(ReceiptParse.Parsed.class);
    return ((ReceiptParse.Parsed) parsed).receipt();
  }

  /** A fresh did:web DID, registered as an organisation the writer acts for. */
  private String freshDid() {
    return api().registeredDid(DidDocuments.freshDid());
  }
}
