package org.greenvalue.issuer.pact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.issuer.support.Fixtures;
import org.greenvalue.issuer.support.Http;
import org.greenvalue.issuer.support.IssuerIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** The PACT v3 host API as a PACT data recipient uses it. */
class PactApiTest extends IssuerIntegrationTest {
  private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");
  private static String org;
  private static final String PRODUCT = "urn:pact:product-id:test:" + UUID.randomUUID();
  private static final List<String> IDS = new ArrayList<>();

  @Autowired JWKSource<SecurityContext> keys;

  @BeforeEach
  void footprints() {
    if (org == null) {
      Http http = http();
      org = orgId("pact");
      Fixtures.organisation(http, org, "web", "supplier");
      Fixtures.bindPactClient(http, org, "pact-client");
      for (int i = 0; i < 5; i++) {
        ObjectNode footprint = Fixtures.footprint();
        footprint.putArray("productIds").add(PRODUCT);
        Http.Reply r =
            http.post(
                "/organisations/" + org + "/credentials/footprint",
                http.supplier(),
                Fixtures.footprintRequest(footprint, i % 2 == 0 ? "vc+jwt" : "eddsa-rdfc-2022"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        IDS.add(footprint.get("id").asText());
      }
    }
  }

  private String pactToken() {
    Http.Reply r = http().tokenRequest("/auth/token", "pact-client", "pact-secret", "");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.json().get("token_type").asText()).isEqualToIgnoringCase("bearer");
    return r.json().get("access_token").asText();
  }

  @Test
  void listsFootprintsPageByPageThroughTheLinkHeader() {
    Http http = http();
    String token = pactToken();
    List<String> seen = new ArrayList<>();
    String next = "/3/footprints?productId=" + PRODUCT + "&limit=2";
    int pages = 0;
    while (next != null) {
      Http.Reply page = http.get(next, token);
      assertThat(page.status()).as(page.toString()).isEqualTo(200);
      assertThat(page.json().get("data").size()).isLessThanOrEqualTo(2);
      page.json().get("data").forEach(f -> seen.add(f.get("id").asText()));
      String link = page.header("Link");
      if (link == null) {
        next = null;
      } else {
        Matcher m = NEXT.matcher(link);
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).startsWith(http.base() + "/3/footprints?");
        next = m.group(1).substring(http.base().length());
      }
      pages++;
    }
    assertThat(pages).isEqualTo(3);
    assertThat(seen).containsExactlyElementsOf(IDS);
  }

  @Test
  void filtersByProductStatusAndValidity() {
    Http http = http();
    String token = pactToken();
    assertThat(http.get("/3/footprints?productId=urn:none", token).json().get("data")).isEmpty();
    assertThat(
            http.get("/3/footprints?productId=" + PRODUCT + "&status=Deprecated", token)
                .json()
                .get("data"))
        .isEmpty();
    // valid from the end of the reference period (2025-04-01) through 3 years later
    assertThat(
            http.get("/3/footprints?productId=" + PRODUCT + "&validOn=2026-10-01T00:00:00Z", token)
                .json()
                .get("data"))
        .hasSize(5);
    assertThat(
            http.get("/3/footprints?productId=" + PRODUCT + "&validOn=2024-10-01T00:00:00Z", token)
                .json()
                .get("data"))
        .isEmpty();
    assertThat(
            http.get("/3/footprints?productId=" + PRODUCT + "&validOn=2030-01-01T00:00:00Z", token)
                .json()
                .get("data"))
        .isEmpty();
    assertThat(
            http.get("/3/footprints?productId=" + PRODUCT + "&geography=JP", token)
                .json()
                .get("data"))
        .hasSize(5);
  }

  @Test
  void servesAFootprintWithItsCredentialAsAnExtension() {
    Http http = http();
    Http.Reply r = http.get("/3/footprints/" + IDS.get(0), pactToken());
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonNode footprint = r.json().get("data");
    assertThat(footprint.get("id").asText()).isEqualTo(IDS.get(0));
    assertThat(footprint.get("pcf").get("pcfExcludingBiogenicUptake").asText())
        .isEqualTo("1.2345678901234567890");
    JsonNode extensions = footprint.get("extensions");
    JsonNode ours = extensions.get(extensions.size() - 1);
    assertThat(ours.get("dataSchema").asText())
        .isEqualTo(http.base() + "/pact/extensions/green-value/1.0.0/schema.json");
    assertThat(extensions).hasSize(2);
    assertThat(extensions.get(0).get("data").get("recycledShare").asText()).isEqualTo("0.35");
    JsonNode credential = ours.get("data").get("credential");
    assertThat(credential.get("mediaType").asText()).isEqualTo("application/vc+jwt");
    String jwt = credential.get("credential").asText();
    VerificationReport report = verifier().verify(jwt);
    assertThat(report.valid()).as(report.toString()).isTrue();
  }

  @Test
  void answersWithPactErrorCodes() {
    Http http = http();
    String token = pactToken();
    assertPact(http.get("/3/footprints/" + UUID.randomUUID(), token), 404, "NotFound");
    assertPact(http.get("/3/footprints?limit=-1", token), 400, "BadRequest");
    assertPact(http.get("/3/footprints?limit=abc", token), 400, "BadRequest");
    assertPact(http.get("/3/footprints?validOn=yesterday", token), 400, "BadRequest");
    assertPact(http.get("/3/footprints", null), 400, "BadRequest");
    assertPact(http.get("/3/footprints", "not-a-token"), 400, "BadRequest");
    assertPact(http.get("/3/footprints", expiredToken()), 401, "TokenExpired");
    String supplierOnly = http.supplier();
    assertPact(http.get("/3/footprints", supplierOnly), 403, "AccessDenied");
  }

  @Test
  void refusesBadClientCredentials() {
    Http http = http();
    Http.Reply wrong = http.tokenRequest("/auth/token", "pact-client", "wrong", "");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.json().get("error").asText()).isEqualTo("invalid_client");
    Http.Reply noPact = http.tokenRequest("/auth/token", "supplier", "supplier-secret", "");
    assertThat(noPact.status()).isEqualTo(400);
  }

  @Test
  void acceptsCloudEventsOnceAndRefusesMalformedOnes() {
    Http http = http();
    String token = pactToken();
    String id = UUID.randomUUID().toString();
    String event =
        "{\"type\":\"org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3\",\"specversion\":\"1.0\","
            + "\"id\":\""
            + id
            + "\",\"source\":\"//recipient.example/pact\",\"time\":\"2025-01-31T17:31:00Z\","
            + "\"data\":{\"productId\":[\""
            + PRODUCT
            + "\"],\"comment\":\"please\"}}";
    long before = count("pact_events");
    Http.Reply accepted =
        http.send("POST", "/3/events", token, "application/cloudevents+json; charset=UTF-8", event);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    assertThat(accepted.body()).isEmpty();
    http.send("POST", "/3/events", token, "application/cloudevents+json", event);
    assertThat(count("pact_events")).isEqualTo(before + 1);

    for (String bad :
        List.of(
            "{",
            "[]",
            event.replace("\"1.0\"", "\"0.3\""),
            event.replace("RequestCreatedEvent.3", "Unknown.1"),
            event.replace("\"source\":\"//recipient.example/pact\",", ""),
            event + "{\"id\":\"another\"}")) {
      assertPact(
          http.send("POST", "/3/events", token, "application/cloudevents+json", bad),
          400,
          "BadRequest");
    }
    assertThat(count("pact_events")).isEqualTo(before + 1);
  }

  @Test
  void ignoresUnknownParametersAndFindsNoFootprintOfAMalformedId() {
    Http http = http();
    String token = pactToken();
    Http.Reply listed = http.get("/3/footprints?productId=" + PRODUCT + "&unknown=1", token);
    assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
    assertThat(listed.json().get("data")).hasSize(5);
    assertPact(http.get("/3/footprints/not-a-uuid", token), 404, "NotFound");
  }

  private String expiredToken() {
    Instant past = Instant.now().minusSeconds(3600);
    JwtClaimsSet claims =
        JwtClaimsSet.builder()
            .subject("pact-client")
            .claim("client_id", "pact-client")
            .claim("scope", List.of("pact.read"))
            .issuedAt(past.minusSeconds(600))
            .expiresAt(past)
            .build();
    return new NimbusJwtEncoder(keys)
        .encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
        .getTokenValue();
  }

  private static void assertPact(Http.Reply r, int status, String code) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.header("Content-Type")).startsWith("application/json");
    assertThat(r.json().get("code").asText()).as(r.toString()).isEqualTo(code);
    assertThat(r.json().get("message").asText()).isNotBlank();
  }
}
