package org.greenvalue.verification.pact;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.greenvalue.common.verification.Check.Outcome;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.SigningKey;
import org.greenvalue.credentials.securing.CredentialSigner;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.credentials.subject.CredentialParts;
import org.greenvalue.credentials.subject.footprint.CredentialExtension;
import org.greenvalue.credentials.subject.footprint.ProductFootprint;
import org.greenvalue.verification.Sources;
import org.greenvalue.verification.TestServer;
import org.greenvalue.verification.VerificationEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A loopback PACT v3 host: token, two pages of footprints linked by a Link header. */
class PactVerifierTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T00:00:00Z"), ZoneOffset.UTC);
  static final SigningKey SUPPLIER = SigningKey.generate(KeyType.ED25519);
  static TestServer host;
  static PactVerifier verifier;

  @BeforeAll
  static void start() throws Exception {
    host = new TestServer();
    JsonObject document = footprint();
    String signedJwt = sign(document, SecuringFormat.VC_JWT);
    String signedDi = sign(document, SecuringFormat.EDDSA_RDFC_2022);
    JsonObject withJwt = withExtension(document, "a", signedJwt);
    JsonObject withDi = withExtension(document, "b", signedDi);
    JsonObject plain = JsonDocuments.JSON.createObjectBuilder(document).add("id", "c").build();
    JsonObject changed =
        JsonDocuments.JSON
            .createObjectBuilder(
                withExtension(document, "d", sign(document, SecuringFormat.VC_JWT)))
            .add("companyName", "Someone Else K.K.")
            .build();
    host.answer(
        "/auth/token",
        200,
        "application/json",
        "{\"access_token\":\"pact-token\",\"token_type\":\"Bearer\"}");
    host.answerWithLink(
        "/3/footprints?limit=2",
        "{\"data\":[" + withJwt + "," + withDi + "]}",
        "<" + host.base() + "/3/footprints?limit=2&offset=2>; rel=\"next\"");
    host.answer(
        "/3/footprints?limit=2&offset=2",
        200,
        "application/json",
        "{\"data\":[" + plain + "," + changed + "]}");
    verifier =
        new PactVerifier(
            new PactClient(10),
            new VerificationEngine(Sources.offline(new DidKeyResolver()), CLOCK));
  }

  @AfterAll
  static void stop() {
    host.close();
  }

  static JsonObject footprint() throws IOException {
    try (var in = PactVerifierTest.class.getResourceAsStream("footprint.json")) {
      return JsonDocuments.parseObject(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .value();
    }
  }

  static String sign(JsonObject footprint, SecuringFormat format) {
    var subject = ProductFootprint.parse(footprint).orElseThrow();
    var json =
        CredentialParts.of(subject)
            .toCredentialBuilder()
            .add("issuer", DidKeyResolver.didFor(SUPPLIER.publicKey()))
            .add("validFrom", "2025-06-01T00:00:00Z")
            .build();
    return new CredentialSigner(SUPPLIER, DidKeyResolver.methodFor(SUPPLIER.publicKey()), CLOCK)
        .sign(json, format)
        .orElseThrow();
  }

  /** The footprint as the host serves it: its own id, and the credential as an extension. */
  static JsonObject withExtension(JsonObject document, String id, String secured) {
    var extensions =
        JsonDocuments.JSON
            .createArrayBuilder(document.getJsonArray("extensions"))
            .add(CredentialExtension.of(secured));
    return JsonDocuments.JSON
        .createObjectBuilder(document)
        .add("id", id)
        .add("extensions", extensions)
        .build();
  }

  PactHost pact(String secret) {
    return new PactHost(
        URI.create(host.base()), URI.create(host.base() + "/auth/token"), "buyer", secret);
  }

  @Test
  void pullsEveryPageAndVerifiesTheCredentialEachFootprintCarries() {
    // The footprint ids differ from the signed one ("a", "b" vs the document's id), so only the
    // footprint that keeps the signed id would match; the signature itself verifies for all.
    var results = verifier.verify(pact("secret"), 2).orElseThrow();

    assertThat(results)
        .extracting(PactVerifier.FootprintResult::footprintId)
        .containsExactly("a", "b", "c", "d");
    assertThat(
            results
                .get(0)
                .verification()
                .orElseThrow()
                .report()
                .check("credential.jose.signature")
                .orElseThrow()
                .outcome())
        .isEqualTo(Outcome.PASSED);
    assertThat(
            results
                .get(1)
                .verification()
                .orElseThrow()
                .report()
                .check("credential.proof[0].signature")
                .orElseThrow()
                .outcome())
        .isEqualTo(Outcome.PASSED);
    assertThat(results.get(2).verification()).isEmpty();
    assertThat(host.hits("/3/footprints?limit=2&offset=2")).isPositive();
  }

  @Test
  void aServedFootprintThatDiffersFromTheSignedOneFailsTheBinding() {
    var results = verifier.verify(pact("secret"), 2).orElseThrow();
    assertThat(
            results
                .get(3)
                .verification()
                .orElseThrow()
                .report()
                .check("pact.footprint-matches")
                .orElseThrow()
                .outcome())
        .isEqualTo(Outcome.FAILED);
  }

  @Test
  void anUnchangedFootprintMatchesItsCredential() throws IOException {
    JsonObject document = footprint();
    var result =
        verifier.one(
            withExtension(
                document, document.getString("id"), sign(document, SecuringFormat.VC_JWT)));
    var v = result.verification().orElseThrow();
    assertThat(v.report().check("pact.footprint-matches").orElseThrow().outcome())
        .isEqualTo(Outcome.PASSED);
    assertThat(v.valid()).isTrue();
    assertThat(v.facts().footprint().orElseThrow().productCategories())
        .contains("urn:pact:productclassification:un-cpc:34790");
  }

  @Test
  void aRefusedTokenIsReportedWithThePactErrorCode() throws Exception {
    try (var other = new TestServer()) {
      other.answer(
          "/auth/token",
          400,
          "application/json",
          "{\"code\":\"AccessDenied\",\"message\":\"bad credentials\"}");
      var refused =
          new PactClient(3)
              .footprints(
                  new PactHost(
                      URI.create(other.base()), URI.create(other.base() + "/auth/token"), "x", "y"),
                  10);
      assertThat(refused.reason()).contains("AccessDenied");
    }
  }

  @Test
  void aNextLinkToAnotherHostIsNotFollowed() throws Exception {
    try (var other = new TestServer()) {
      other.answer("/auth/token", 200, "application/json", "{\"access_token\":\"t\"}");
      other.answerWithLink(
          "/3/footprints?limit=1",
          "{\"data\":[]}",
          "<https://elsewhere.example/3/footprints?offset=1>; rel=\"next\"");
      var refused =
          new PactClient(3)
              .footprints(
                  new PactHost(
                      URI.create(other.base()), URI.create(other.base() + "/auth/token"), "x", "y"),
                  1);
      assertThat(refused.reason()).contains("leaves the host");
    }
  }
}
