package org.greenvalue.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.verifier.TestCredentials.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.credentials.subject.assurance.AssuranceLevel;
import org.greenvalue.evidence.build.SealedPack;
import org.greenvalue.service.testing.TestDirectories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The verifier over real HTTP, real tokens and its own embedded PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VerifierServiceTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final Path HOME = TestDirectories.create("verifier-test");
  static final com.sun.net.httpserver.HttpServer PACT = pactHost();
  static SealedPack pack;
  static Path packFile;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired org.greenvalue.verifier.verify.VerificationHistory history;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws IOException {
    Path list = Files.writeString(HOME.resolve("trust-list.jwt"), trustList());
    registry.add("gvr.database.data-dir", () -> HOME.resolve("db").toString());
    registry.add("gvr.keys.master-key-file", () -> HOME.resolve("master.key").toString());
    registry.add("gvr.verifier.trust-list-file", list::toString);
    registry.add("gvr.verifier.trust-list-issuer", () -> did(REGISTRY));
    registry.add(
        "gvr.verifier.pact-hosts[0]", () -> "http://127.0.0.1:" + PACT.getAddress().getPort());
  }

  @BeforeAll
  static void packs() throws IOException {
    packFile = HOME.resolve("pack.zip");
    pack = pack(packFile);
  }

  record Response(int status, String contentType, JsonNode json) {}

  String token(String client, String scope) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (client + ":" + client + "-secret").getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=" + scope))
            .build();
    return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body())
        .path("access_token")
        .asText();
  }

  Response post(String path, String body, String token) throws Exception {
    var builder =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    var response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    return new Response(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.body().isEmpty() ? null : JSON.readTree(response.body()));
  }

  Response get(String path, String token) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build();
    var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    return new Response(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        JSON.readTree(response.body()));
  }

  String verifier() throws Exception {
    return token("verifier", "verifier.verify");
  }

  static String credentialBody(String secured, ObjectNode options) throws Exception {
    ObjectNode body = JSON.createObjectNode();
    if (secured.startsWith("{")) {
      body.set("verifiableCredential", JSON.readTree(secured));
    } else {
      body.put("verifiableCredential", secured);
    }
    if (options != null) {
      body.set("options", options);
    }
    return JSON.writeValueAsString(body);
  }

  static ObjectNode fullOptions(String claim, AssuranceLevel level) throws Exception {
    ObjectNode options = JSON.createObjectNode();
    options.putArray("assurances").add(assurance(claim, pack, level));
    options.set("anchorReceipt", JSON.readTree(receipt(digestOf(claim))));
    options.put("evidencePack", Base64.getEncoder().encodeToString(Files.readAllBytes(packFile)));
    return options;
  }

  @Test
  void vcApiVerifyAnswers200WithChecksAndWarningsForAValidCredential() throws Exception {
    String claim = reduction(pack, SecuringFormat.EDDSA_RDFC_2022, "400", "250");

    Response r = post("/credentials/verify", credentialBody(claim, null), verifier());

    assertThat(r.status()).as(String.valueOf(r.json())).isEqualTo(200);
    assertThat(r.json().path("verified").asBoolean()).isTrue();
    assertThat(r.json().path("checks").toString())
        .isEqualTo("[\"proof\",\"status\",\"validity\",\"dataModel\"]");
    assertThat(r.json().path("warnings").toString()).contains("\"title\":\"anchor\"");
    assertThat(r.json().path("errors")).isEmpty();
    assertThat(history.count(digestOf(claim))).isEqualTo(1);
  }

  @Test
  void vcdm2_5_3_verifyCredential_aSuppliedRelatedResourceMustMatchItsDigest() throws Exception {
    byte[] resource = "{\"manifest\":1}".getBytes(StandardCharsets.UTF_8);
    String url = "https://packs.example/p/1";
    var credential =
        org.greenvalue.credentials.json.JsonDocuments.parseObject(
                """
                {"@context":["https://www.w3.org/ns/credentials/v2"],
                 "type":["VerifiableCredential"],"issuer":"%s",
                 "credentialSubject":{"id":"did:example:subject"},
                 "relatedResource":[{"id":"%s","digestMultibase":"%s"}]}"""
                    .formatted(
                        did(SUPPLIER),
                        url,
                        org.greenvalue.credentials.related.ResourceDigest.of(
                                org.greenvalue.credentials.related.DigestAlgorithm.SHA256, resource)
                            .toMultibase()))
            .value();
    String vc =
        new org.greenvalue.credentials.securing.CredentialSigner(
                SUPPLIER,
                org.greenvalue.credentials.did.DidKeyResolver.methodFor(SUPPLIER.publicKey()),
                CLOCK)
            .sign(credential, SecuringFormat.EDDSA_RDFC_2022)
            .orElseThrow();

    ObjectNode matching = JSON.createObjectNode();
    matching.putObject("relatedResources").put(url, Base64.getEncoder().encodeToString(resource));
    Response ok = post("/credentials/verify", credentialBody(vc, matching), verifier());
    assertThat(ok.status()).as(String.valueOf(ok.json())).isEqualTo(200);
    assertThat(ok.json().path("verified").asBoolean()).isTrue();

    ObjectNode tampered = JSON.createObjectNode();
    tampered
        .putObject("relatedResources")
        .put(url, Base64.getEncoder().encodeToString(new byte[1]));
    Response bad = post("/credentials/verify", credentialBody(vc, tampered), verifier());
    assertThat(bad.status()).as(String.valueOf(bad.json())).isEqualTo(422);
    assertThat(bad.json().path("errors").toString())
        .contains("credential.vc.relatedResource.digest");
  }

  long recorded() {
    history.flush();
    return jdbc.sql("SELECT count(*) FROM verification_history").query(Long.class).single();
  }

  @Test
  void vcApi_verifyCredential_defaultChecks_anIssuerOutsideTheRegistryIsVerifiedWithWarnings()
      throws Exception {
    var outsider =
        org.greenvalue.credentials.keys.SigningKey.generate(
            org.greenvalue.credentials.keys.KeyType.ED25519);
    String claim = reduction(pack, SecuringFormat.EDDSA_RDFC_2022, "400", "250", outsider);

    Response r = post("/credentials/verify", credentialBody(claim, null), verifier());
    Response asked =
        post(
            "/credentials/verify",
            credentialBody(claim, JSON.createObjectNode().set("checks", checks("proof", "trust"))),
            verifier());

    assertThat(r.status()).as(String.valueOf(r.json())).isEqualTo(200);
    assertThat(r.json().path("verified").asBoolean()).isTrue();
    assertThat(r.json().path("errors")).isEmpty();
    assertThat(r.json().path("warnings").toString()).contains("\"title\":\"trust.issuer\"");
    assertThat(asked.status()).isEqualTo(422);
    assertThat(asked.json().path("verified").asBoolean(true)).isFalse();
    assertThat(asked.json().path("checks").toString()).isEqualTo("[\"proof\",\"trust\"]");
    assertThat(asked.json().path("errors").toString()).contains("\"title\":\"trust.issuer\"");
  }

  static com.fasterxml.jackson.databind.node.ArrayNode checks(String... names) {
    var array = JSON.createArrayNode();
    for (String name : names) {
      array.add(name);
    }
    return array;
  }

  @Test
  void vcApi_verifyCredential_optionsChecks_onlyTheChecksAskedForArePerformed() throws Exception {
    String claim = reduction(pack, SecuringFormat.VC_JWT, "400", "250");
    ObjectNode options = JSON.createObjectNode();
    options.set("checks", checks("proof", "credentialStatus"));

    Response r = post("/credentials/verify", credentialBody(claim, options), verifier());

    assertThat(r.status()).as(String.valueOf(r.json())).isEqualTo(200);
    assertThat(r.json().path("verified").asBoolean()).isTrue();
    assertThat(r.json().path("checks").toString()).isEqualTo("[\"proof\",\"status\"]");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"[\"proof\", \"telepathy\", \"vibes\"]", "[]", "\"proof\"", "[\"proof\", 7]"})
  void vcApi_verifyCredential_optionsChecks_unknownOrMalformedAre400AndRecordNothing(String checks)
      throws Exception {
    String claim = reduction(pack, SecuringFormat.VC_JWT, "400", "250");
    String body =
        "{\"verifiableCredential\":\"" + claim + "\",\"options\":{\"checks\":" + checks + "}}";
    long before = recorded();

    Response r = post("/credentials/verify", body, verifier());

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    if (checks.contains("telepathy")) {
      assertThat(r.json().path("detail").asText()).contains("telepathy", "vibes");
    }
    assertThat(recorded()).isEqualTo(before);
  }

  @Test
  void vcApi_verifyCredential_policyGreenLoan_decidesTheVerdictWithItsRules() throws Exception {
    String claim = reduction(pack, SecuringFormat.VC_JWT, "400", "250");
    ObjectNode reasonable =
        fullOptions(claim, AssuranceLevel.REASONABLE).put("policy", "green-loan");
    ObjectNode limited = fullOptions(claim, AssuranceLevel.LIMITED).put("policy", "green-loan");

    Response eligible = post("/credentials/verify", credentialBody(claim, reasonable), verifier());
    Response refused = post("/credentials/verify", credentialBody(claim, limited), verifier());

    assertThat(eligible.status()).as(String.valueOf(eligible.json())).isEqualTo(200);
    assertThat(eligible.json().path("verified").asBoolean()).isTrue();
    assertThat(eligible.json().path("policy").path("rules")).hasSize(7);
    // under a policy every check group is performed: the full verdict
    assertThat(eligible.json().path("checks").toString()).contains("trust", "anchor", "assurance");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().path("verified").asBoolean(true)).isFalse();
    assertThat(failing(new Response(0, "", refused.json().path("policy"))))
        .isEqualTo("[\"reasonable-assurance\"]");
  }

  @Test
  void vcApi_verifyCredential_anUnknownPolicyIs400AndRecordsNothing() throws Exception {
    String claim = reduction(pack, SecuringFormat.VC_JWT, "400", "250");
    long before = recorded();

    Response r =
        post(
            "/credentials/verify",
            credentialBody(claim, JSON.createObjectNode().put("policy", "no-such-policy")),
            verifier());

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("detail").asText()).contains("no-such-policy");
    assertThat(recorded()).isEqualTo(before);
  }

  @Test
  void vcApi_verifyCredential_aStringCredentialMustBeACompactJws() throws Exception {
    String json = reduction(pack, SecuringFormat.EDDSA_RDFC_2022, "400", "250");
    String jwt = reduction(pack, SecuringFormat.VC_JWT, "400", "250");
    var bodies =
        java.util.List.of(
            JSON.writeValueAsString(JSON.createObjectNode().put("verifiableCredential", json)),
            JSON.writeValueAsString(
                JSON.createObjectNode().put("verifiableCredential", jwt + ".extra")),
            JSON.writeValueAsString(
                JSON.createObjectNode().put("verifiableCredential", "not a jws")),
            "{\"verifiableCredential\":{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],"
                + "\"type\":\"EnvelopedVerifiableCredential\",\"id\":"
                + JSON.writeValueAsString("data:application/vc+jwt," + json)
                + "}}");
    long before = recorded();

    for (String body : bodies) {
      Response r = post("/credentials/verify", body, verifier());
      assertThat(r.status()).as(body).isEqualTo(400);
      assertThat(r.contentType()).startsWith("application/problem+json");
      assertThat(r.json().path("detail").asText()).contains("compact JWS");
    }
    assertThat(recorded()).isEqualTo(before);
  }

  @Test
  void acceptsAVcJwtAsAStringOrEnveloped() throws Exception {
    String jwt = reduction(pack, SecuringFormat.VC_JWT, "400", "250");
    String enveloped =
        "{\"verifiableCredential\":{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],"
            + "\"type\":\"EnvelopedVerifiableCredential\",\"id\":\"data:application/vc+jwt,"
            + jwt
            + "\"}}";

    assertThat(post("/credentials/verify", credentialBody(jwt, null), verifier()).status())
        .isEqualTo(200);
    assertThat(post("/credentials/verify", enveloped, verifier()).status()).isEqualTo(200);
  }

  @Test
  void aTamperedCredentialIs422WithTheFailedChecks() throws Exception {
    String claim = reduction(pack, SecuringFormat.EDDSA_RDFC_2022, "400", "250");
    String tampered = claim.replace("\"400\"", "\"500\"").replace("\"150\"", "\"250\"");

    Response r = post("/credentials/verify", credentialBody(tampered, null), verifier());

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().path("verified").asBoolean(true)).isFalse();
    assertThat(r.json().path("errors").toString()).contains("credential.proof[0].signature");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{",
        "[]",
        "{}",
        "{\"verifiableCredential\": 5}",
        "{\"verifiableCredential\": \"x\", \"extra\": 1}",
        "{\"verifiableCredential\": \"x\", \"options\": {\"nonsense\": true}}",
        "{\"verifiableCredential\": \"x\", \"options\": {\"requiredAssuranceLevel\": \"perfect\"}}",
        "{\"verifiableCredential\": \"x\", \"options\": {\"evidencePack\": \"not base64!\"}}",
        "{\"verifiableCredential\": \"x\", \"options\": {\"relatedResources\": []}}",
        "{\"verifiableCredential\": \"x\", \"options\": {\"relatedResources\": {\"no url\": \"\"}}}",
        "{\"verifiableCredential\": \"x\", \"options\": {\"relatedResources\": {\"https://r.example\": 1}}}",
        "{\"verifiableCredential\": \"x\", \"options\": {\"relatedResources\": {\"https://r.example\": \"!\"}}}"
      })
  void malformedRequestsAre400ProblemsAndRecordNothing(String body) throws Exception {
    history.flush();
    long before = jdbc.sql("SELECT count(*) FROM verification_history").query(Long.class).single();

    Response r = post("/credentials/verify", body, verifier());

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    history.flush();
    assertThat(jdbc.sql("SELECT count(*) FROM verification_history").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void vcApi_verifyCredential_vcDataModel11_ed25519Signature2020OfADidKeyIssuerIsVerified()
      throws Exception {
    var holderOfKey =
        org.greenvalue.credentials.keys.SigningKey.generate(
            org.greenvalue.credentials.keys.KeyType.ED25519);
    String credential = LegacyCredentials.ed25519Signature2020(holderOfKey);

    Response r = post("/credentials/verify", credentialBody(credential, null), verifier());

    assertThat(r.status()).as(String.valueOf(r.json())).isEqualTo(200);
    assertThat(r.json().path("verified").asBoolean()).isTrue();
    assertThat(r.json().path("errors")).isEmpty();
  }

  @Test
  void vcApi_verifyCredential_vcDataModel11_aTamperedLegacyProofIs422() throws Exception {
    var key =
        org.greenvalue.credentials.keys.SigningKey.generate(
            org.greenvalue.credentials.keys.KeyType.ED25519);
    String tampered =
        LegacyCredentials.ed25519Signature2020(key)
            .replace("Example University", "Another University");

    Response r = post("/credentials/verify", credentialBody(tampered, null), verifier());

    assertThat(r.status()).as(String.valueOf(r.json())).isEqualTo(422);
    assertThat(r.json().path("verified").asBoolean(true)).isFalse();
    assertThat(r.json().path("errors").toString()).contains("proof[0].signature");
  }

  @Test
  void theReportHasEveryCheckTheVerdictAndTheFacts() throws Exception {
    String claim = reduction(pack, SecuringFormat.VC_JWT, "400", "250");

    Response r =
        post(
            "/reports",
            credentialBody(claim, fullOptions(claim, AssuranceLevel.REASONABLE)),
            verifier());

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().path("verdict").asText()).isEqualTo("INCOMPLETE");
    assertThat(r.json().path("gaps").toString())
        .contains("anchor.chain", "lot.state")
        .doesNotContain("evidence\"");
    assertThat(r.json().path("facts").path("reduction").path("reduction").asText())
        .isEqualTo("150");
    assertThat(r.json().path("facts").path("assurance").path("level").asText())
        .isEqualTo("reasonable");
    assertThat(r.json().path("facts").path("anchor").path("checkedOnChain").asBoolean(true))
        .isFalse();
  }

  @Test
  void greenLoanEligibilityNamesEachRule() throws Exception {
    String claim = reduction(pack, SecuringFormat.VC_JWT, "400", "250");
    String small = reduction(pack, SecuringFormat.VC_JWT, "400", "350");

    Response eligible =
        post(
            "/eligibility/green-loan",
            credentialBody(claim, fullOptions(claim, AssuranceLevel.REASONABLE)),
            verifier());
    Response limited =
        post(
            "/eligibility/green-loan",
            credentialBody(claim, fullOptions(claim, AssuranceLevel.LIMITED)),
            verifier());
    Response tooSmall =
        post(
            "/eligibility/green-loan",
            credentialBody(small, fullOptions(small, AssuranceLevel.REASONABLE)),
            verifier());

    assertThat(eligible.status()).isEqualTo(200);
    assertThat(eligible.json().path("eligible").asBoolean())
        .as(eligible.json().toString())
        .isTrue();
    assertThat(eligible.json().path("rules")).hasSize(7);
    assertThat(limited.json().path("eligible").asBoolean(true)).isFalse();
    assertThat(failing(limited)).isEqualTo("[\"reasonable-assurance\"]");
    assertThat(failing(tooSmall)).isEqualTo("[\"reduction-at-least-100t\"]");
  }

  static String failing(Response r) {
    var out = JSON.createArrayNode();
    r.json()
        .path("rules")
        .forEach(
            rule -> {
              if (!rule.path("satisfied").asBoolean()) {
                out.add(rule.path("id").asText());
              }
            });
    return out.toString();
  }

  @Test
  void policiesArePublishedAsNewVersionsAndRefusedWhenTheyDoNotCompile() throws Exception {
    String admin = token("policy-admin", "verifier.policy.admin verifier.verify");
    String bad =
        "{\"name\":\"pcf-buyer\",\"description\":\"x\",\"rules\":[{\"id\":\"low\",\"expression\":\"atMost(pcf, \"}]}";
    String good =
        "{\"name\":\"pcf-buyer\",\"description\":\"low PCF\",\"rules\":[{\"id\":\"low\",\"description\":\"at most 2.5\",\"expression\":\"atMost(pcf, '2.5')\"}]}";

    Response refused = post("/policies", bad, admin);
    Response first = post("/policies", good, admin);
    Response second = post("/policies", good, admin);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().path("detail").asText()).contains("rule low").contains("ERROR");
    assertThat(first.status()).isEqualTo(201);
    assertThat(first.json().path("version").asInt()).isEqualTo(1);
    assertThat(second.json().path("version").asInt()).isEqualTo(2);
    assertThat(get("/policies/pcf-buyer/versions", admin).json()).hasSize(2);
    assertThat(get("/policies", admin).json().toString()).contains("green-loan", "pcf-buyer");
    assertThat(get("/policies/nope", admin).status()).isEqualTo(404);
  }

  @Test
  void scopesAreEnforced() throws Exception {
    String good = "{\"name\":\"sneaky\",\"rules\":[{\"id\":\"t\",\"expression\":\"true\"}]}";
    assertThat(post("/policies", good, verifier()).status()).isEqualTo(403);
    assertThat(post("/credentials/verify", "{}", null).status()).isEqualTo(401);
    assertThat(get("/policies/sneaky", verifier()).status()).isEqualTo(404);
  }

  @Test
  void presentationsAreVerifiedWithTheirChallenge() throws Exception {
    var holder =
        org.greenvalue.credentials.keys.SigningKey.generate(
            org.greenvalue.credentials.keys.KeyType.ED25519);
    String jwt = reduction(pack, SecuringFormat.VC_JWT, "400", "250");
    var vp =
        org.greenvalue.credentials.model.VerifiablePresentation.builder()
            .holder(did(holder))
            .credential(
                new org.greenvalue.credentials.model.EnvelopedVerifiableCredential(
                    "application/vc+jwt", jwt))
            .property(
                "nonce", org.greenvalue.credentials.json.JsonDocuments.JSON.createValue("c-1"))
            .property(
                "aud",
                org.greenvalue.credentials.json.JsonDocuments.JSON.createValue(
                    "https://bank.example"))
            .build();
    String secured =
        new org.greenvalue.credentials.jose.JoseSigner(
                holder, org.greenvalue.credentials.did.DidKeyResolver.methodFor(holder.publicKey()))
            .secure(vp)
            .orElseThrow();
    String ok =
        "{\"verifiablePresentation\":\""
            + secured
            + "\",\"options\":{\"challenge\":\"c-1\",\"domain\":\"https://bank.example\"}}";
    String replay =
        "{\"verifiablePresentation\":\""
            + secured
            + "\",\"options\":{\"challenge\":\"c-2\",\"domain\":\"https://bank.example\"}}";

    assertThat(post("/presentations/verify", ok, verifier()).status()).isEqualTo(200);
    Response refused = post("/presentations/verify", replay, verifier());
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().path("errors").toString()).contains("presentation.challenge");
  }

  /** A supplier's PACT host on loopback: a token and one page with a footprint and its VC. */
  static com.sun.net.httpserver.HttpServer pactHost() {
    try {
      var server =
          com.sun.net.httpserver.HttpServer.create(
              new java.net.InetSocketAddress("127.0.0.1", 0), 0);
      String footprint;
      try (var in = VerifierServiceTest.class.getResourceAsStream("footprint.json")) {
        footprint = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      var document = org.greenvalue.credentials.json.JsonDocuments.parseObject(footprint).value();
      var subject =
          org.greenvalue.credentials.subject.footprint.ProductFootprint.parse(document)
              .orElseThrow();
      String vc = sign(subject, SUPPLIER, SecuringFormat.VC_JWT);
      var served =
          org.greenvalue.credentials.json.JsonDocuments.JSON
              .createObjectBuilder(document)
              .add(
                  "extensions",
                  org.greenvalue.credentials.json.JsonDocuments.JSON
                      .createArrayBuilder(document.getJsonArray("extensions"))
                      .add(org.greenvalue.credentials.subject.footprint.CredentialExtension.of(vc)))
              .build();
      server.createContext(
          "/auth/token", ex -> respond(ex, "{\"access_token\":\"t\",\"token_type\":\"Bearer\"}"));
      server.createContext("/3/footprints", ex -> respond(ex, "{\"data\":[" + served + "]}"));
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void respond(com.sun.net.httpserver.HttpExchange ex, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(200, bytes.length);
    ex.getResponseBody().write(bytes);
    ex.close();
  }

  @Test
  void pullsAndVerifiesFootprintsFromAnAllowedPactHostOnly() throws Exception {
    String base = "http://127.0.0.1:" + PACT.getAddress().getPort();
    String allowed =
        "{\"hostUrl\":\""
            + base
            + "\",\"tokenUrl\":\""
            + base
            + "/auth/token\",\"clientId\":\"buyer\",\"clientSecret\":\"s\"}";
    String elsewhere =
        "{\"hostUrl\":\"http://10.0.0.1:9\",\"tokenUrl\":\"http://10.0.0.1:9/auth/token\",\"clientId\":\"buyer\",\"clientSecret\":\"s\"}";

    Response ok = post("/pact/verifications", allowed, verifier());
    Response refused = post("/pact/verifications", elsewhere, verifier());

    assertThat(ok.status()).as(String.valueOf(ok.json())).isEqualTo(200);
    var first = ok.json().path("footprints").get(0);
    assertThat(first.path("credential").asBoolean()).isTrue();
    assertThat(first.path("failures")).as(first.toString()).isEmpty();
    assertThat(first.path("issuer").asText()).isEqualTo(did(SUPPLIER));
    assertThat(refused.status()).isEqualTo(422);
  }
}
