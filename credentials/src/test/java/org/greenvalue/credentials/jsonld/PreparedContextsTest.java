package org.greenvalue.credentials.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.processor.ExpansionProcessor;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.greenvalue.credentials.json.JsonDocuments;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Expanding from a prepared top-level context gives exactly what titanium's full expansion gives,
 * on the W3C test vectors and on our own credentials, from many threads at once.
 */
class PreparedContextsTest {

  private static final JsonLdExpander EXPANDER = JsonLdExpander.standard();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/w3c-vectors/credential.json",
        "/w3c-vectors/eddsa-rdfc-2022/signed.json",
        "/w3c-vectors/eddsa-rdfc-2022/proofConfig.json",
        "/w3c-vectors/ecdsa-rdfc-2019-p256/signed.json",
        "/org/greenvalue/credentials/securing/reduction.json",
        "/org/greenvalue/credentials/securing/assurance.json",
        "/org/greenvalue/credentials/securing/retirement.json"
      })
  void expandsExactlyAsTheFullAlgorithm(String resource) throws Exception {
    JsonObject document = read(resource);
    JsonArray full =
        ExpansionProcessor.expand(JsonDocument.of(document), EXPANDER.options(), false);

    var expanded = EXPANDER.expand(document);

    assertThat(expanded.succeeded()).as(expanded::reason).isTrue();
    assertThat(expanded.value()).isEqualTo(full);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/org/greenvalue/credentials/securing/reduction.json",
        "/w3c-vectors/eddsa-rdfc-2022/signed.json"
      })
  void givesTheSameCanonicalFormFromManyThreads(String resource) throws Exception {
    JsonObject document = read(resource);
    String once = RdfCanonicalizer.standard().canonicalize(document).value();
    Callable<String> canonicalize =
        () -> RdfCanonicalizer.standard().canonicalize(document).value();

    try (var pool = Executors.newFixedThreadPool(8)) {
      List<String> results =
          pool.invokeAll(java.util.Collections.nCopies(400, canonicalize)).stream()
              .map(PreparedContextsTest::join)
              .toList();
      assertThat(results).allMatch(once::equals);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{'@context':[V2,{'ex':'https://e.org/ex'}],'ex':'inline contexts take the full path'}",
        "{'@context':'https://www.w3.org/ns/credentials/v2','type':'VerifiableCredential'}"
      })
  void keepsOnlyContextsMadeOfUrls(String text) {
    var contexts = new PreparedContexts(EXPANDER.options());
    JsonObject document = JsonLdExpanderTest.json(text);

    boolean prepared = contexts.get(document.get("@context")).isPresent();

    assertThat(prepared).isEqualTo(!text.contains("{'ex'"));
    assertThat(contexts.size()).isEqualTo(prepared ? 1 : 0);
  }

  @org.junit.jupiter.api.Test
  void aRefusedContextIsNotKeptAndStillReportedByName() {
    var contexts = new PreparedContexts(EXPANDER.options());
    JsonObject document =
        JsonLdExpanderTest.json("{'@context':[V2,'https://example.com/evil/v1'],'id':'urn:x'}");

    assertThat(contexts.get(document.get("@context"))).isEmpty();
    assertThat(contexts.size()).isZero();
    assertThat(EXPANDER.expand(document).reason()).contains("https://example.com/evil/v1");
  }

  private static String join(java.util.concurrent.Future<String> future) {
    try {
      return future.get();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** A test vector as it is, or one of our credential subjects inside a credential. */
  private static JsonObject read(String resource) throws IOException {
    JsonObject json;
    try (InputStream in = PreparedContextsTest.class.getResourceAsStream(resource)) {
      json =
          JsonDocuments.parseObject(new String(in.readAllBytes(), StandardCharsets.UTF_8)).value();
    }
    if (json.containsKey("@context")) {
      return json;
    }
    String type = json.getString("type").replace("Statement", "") + "Credential";
    return JsonDocuments.JSON
        .createObjectBuilder()
        .add(
            "@context",
            JsonDocuments.JSON
                .createArrayBuilder()
                .add("https://www.w3.org/ns/credentials/v2")
                .add("https://greenvalue.org/ns/credentials/v1"))
        .add("type", JsonDocuments.JSON.createArrayBuilder().add("VerifiableCredential").add(type))
        .add("issuer", "did:example:issuer")
        .add("validFrom", "2025-06-01T00:00:00Z")
        .add("credentialSubject", json)
        .build();
  }
}
