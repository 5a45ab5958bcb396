package org.greenvalue.registry.dids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.registry.dids.DidDocuments.body;
import static org.greenvalue.registry.dids.DidDocuments.document;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.greenvalue.registry.support.Api;
import org.greenvalue.registry.support.HttpResult;
import org.greenvalue.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every refused version is a problem document and changes nothing (versions, outbox, audit). */
class DidVersionRefusalsTest extends RegistryIntegrationTest {

  static Stream<Arguments> refusals() {
    String rotated = DidHistoryTest.ROTATED;
    return Stream.of(
        refusal(
            "a document whose id is another DID",
            did -> body(did, document(DidDocuments.freshDid(), List.of("k1", "k2")), rotated),
            422,
            "malformed-did-document"),
        refusal(
            "a document that is not an object",
            did -> body(did, "[1]", rotated),
            422,
            "malformed-did-document"),
        refusal(
            "a document without keys",
            did -> body(did, "{\"id\":\"" + did + "\"}", rotated),
            422,
            "malformed-did-document"),
        refusal(
            "a second CREATED",
            did -> body(did, document(did, List.of("k1", "k2")), DidHistoryTest.CREATED),
            409,
            "out-of-order-version"),
        refusal(
            "a version number that skips one",
            did ->
                body(did, document(did, List.of("k1", "k2")), rotated)
                    .replaceFirst("}$", ",\"version\":5}"),
            409,
            "out-of-order-version"),
        refusal(
            "a validFrom before the previous version's",
            did ->
                body(did, document(did, List.of("k1", "k2")), rotated)
                    .replaceFirst("}$", ",\"validFrom\":\"2001-01-01T00:00:00Z\"}"),
            409,
            "out-of-order-version"),
        refusal(
            "a validFrom in the future",
            did ->
                body(did, document(did, List.of("k1", "k2")), rotated)
                    .replaceFirst("}$", ",\"validFrom\":\"2999-01-01T00:00:00Z\"}"),
            422,
            "invalid-valid-from"),
        refusal(
            "a compromised key still in the document",
            did ->
                body(
                    did,
                    document(did, List.of("k1", "k2")),
                    DidHistoryTest.compromised(did + "#k1", Instant.now().minusSeconds(5))),
            422,
            "invalid-change"),
        refusal(
            "a compromise of a key the document never had",
            did ->
                body(
                    did,
                    document(did, List.of("k1")),
                    DidHistoryTest.compromised(did + "#k9", Instant.now().minusSeconds(5))),
            422,
            "unknown-key"),
        refusal(
            "a compromise without its time",
            did ->
                body(
                    did,
                    document(did, List.of("k2")),
                    "{\"kind\":\"KEY_COMPROMISED\",\"keyId\":\"" + did + "#k1\"}"),
            422,
            "invalid-change"),
        refusal(
            "an unknown change kind",
            did -> body(did, document(did, List.of("k1", "k2")), "{\"kind\":\"STOLEN\"}"),
            400,
            null),
        refusal(
            "not a DID",
            did -> body("web:example", document("web:example", List.of("k1")), rotated),
            422,
            "invalid-did"));
  }

  static Arguments refusal(String name, Function<String, String> body, int status, String slug) {
    return Arguments.of(name, body, status, slug);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refusesAnInconsistentVersionAndChangesNothing(
      String name, Function<String, String> body, int status, String slug) {
    Api api = api();
    String did = freshDid();
    HttpResult created =
        api.post(
            "/dids/versions",
            api.writer(),
            body(did, document(did, List.of("k1")), DidHistoryTest.CREATED));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long[] before = state();

    HttpResult r = api.post("/dids/versions", api.writer(), body.apply(did));

    assertThat(r.isProblem(status)).as(r.toString()).isTrue();
    if (slug != null) {
      assertThat(r.json().get("type").asText()).endsWith("/" + slug);
    }
    assertThat(state()).isEqualTo(before);
    assertThat(DidHistoryTest.history(api, did).json().get("versions")).hasSize(1);
  }

  @org.junit.jupiter.api.Test
  void refusesARotationAsTheFirstVersion() {
    Api api = api();
    String did = freshDid();
    long[] before = state();

    HttpResult r =
        api.post(
            "/dids/versions",
            api.writer(),
            body(did, document(did, List.of("k1")), DidHistoryTest.ROTATED));

    assertThat(r.isProblem(409)).as(r.toString()).isTrue();
    assertThat(r.json().get("type").asText()).endsWith("/out-of-order-version");
    assertThat(state()).isEqualTo(before);
  }

  @org.junit.jupiter.api.Test
  void refusesAReaderAndChangesNothing() {
    Api api = api();
    String did = freshDid();
    long[] before = state();

    HttpResult r =
        api.post(
            "/dids/versions",
            api.reader(),
            body(did, document(did, List.of("k1")), DidHistoryTest.CREATED));

    assertThat(r.status()).isEqualTo(403);
    assertThat(state()).isEqualTo(before);
  }

  /** Versions, outbox and this feature's audit entries (batches are audited asynchronously). */
  private long[] state() {
    long audited =
        jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'did.version'")
            .query(Long.class)
            .single();
    return new long[] {count("did_document_versions"), count("anchor_outbox"), audited};
  }

  /** A fresh did:web DID, registered as an organisation the writer acts for. */
  private String freshDid() {
    return api().registeredDid(DidDocuments.freshDid());
  }
}
