package org.greenvalue.issuer.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.issuer.pact.PactV3.CLOUDEVENTS;
import static org.greenvalue.issuer.pact.PactV3.assertPactError;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.greenvalue.issuer.support.Fixtures;
import org.greenvalue.issuer.support.Http;
import org.greenvalue.issuer.support.IssuerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * PACT v3 Technical Specifications, Error Handling and Authentication Flow, on every {@code /3}
 * path: each error is a PACT error response ({@code {code, message}}), never an RFC 9457 problem,
 * whether the security chain, a controller or Spring's dispatching raises it. And Action
 * GetFootprint: a footprint is found by its id in any letter case.
 */
class PactV3ErrorResponsesTest extends IssuerIntegrationTest {
  private static final String[] PATHS = {
    "/3/footprints", "/3/footprints/" + UUID.randomUUID(), "/3/unknown", "/3", "/3/footprints/a/b"
  };

  @Autowired JWKSource<SecurityContext> keys;

  @Test
  void pactV3_getFootprint_idInAnyLetterCaseFindsTheFootprint() {
    Http http = http();
    String org = orgId("pactget");
    Fixtures.organisation(http, org, "web", "supplier");
    Fixtures.bindPactClient(http, org, "pact-client");
    String id = Fixtures.issueFootprint(http, org, "urn:pact:product-id:get:" + UUID.randomUUID());
    String token = PactV3.token(http);
    for (String asked : new String[] {id.toUpperCase(Locale.ROOT), id.toLowerCase(Locale.ROOT)}) {
      Http.Reply r = http.get("/3/footprints/" + asked, token);
      assertThat(r.status()).as(r.toString()).isEqualTo(200);
      assertThat(r.json().get("data").get("id").asText()).isEqualTo(id);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"0f8fad5b-d9cb-469f-a165-70867728950e", "non-existent-id", "%20"})
  void pactV3_getFootprint_unknownIdIsNotFound(String id) {
    long footprints = count("footprints");
    Http http = http();
    assertPactError(http.get("/3/footprints/" + id, PactV3.token(http)), 404, "NotFound");
    assertThat(count("footprints")).isEqualTo(footprints);
  }

  @Test
  void pactV3_errors_unknownPathIsAPactNotFound() {
    Http http = http();
    String token = PactV3.token(http);
    for (String path : new String[] {"/3/unknown", "/3", "/3/footprints/a/b", "/3/events/x"}) {
      assertPactError(http.get(path, token), 404, "NotFound");
    }
  }

  @Test
  void pactV3_errors_wrongMethodIsAPactBadRequestNamingTheAllowedOnes() {
    Http http = http();
    String token = PactV3.token(http);
    long events = count("pact_events");
    Http.Reply post = http.send("POST", "/3/footprints", token, "application/json", "{}");
    assertPactError(post, 400, "BadRequest");
    assertThat(post.header("Allow")).contains("GET");
    assertPactError(http.get("/3/events", token), 400, "BadRequest");
    assertPactError(http.send("PUT", "/3/events", token, CLOUDEVENTS, "{}"), 400, "BadRequest");
    assertPactError(
        http.send("DELETE", "/3/footprints/" + UUID.randomUUID(), token, "application/json", ""),
        400,
        "BadRequest");
    assertThat(count("pact_events")).isEqualTo(events);
  }

  @Test
  void pactV3_errors_notAcceptableIsAPactBadRequest() {
    Http http = http();
    Http.Reply r =
        http.send(
            "GET", "/3/footprints", PactV3.token(http), "text/plain", "", "Accept", "text/html");
    assertPactError(r, 400, "BadRequest");
  }

  @Test
  void pactV3_authentication_missingOrInvalidTokenIsAPactBadRequestOnEveryPath() {
    Http http = http();
    for (String path : PATHS) {
      assertPactError(http.get(path, null), 400, "BadRequest");
      assertPactError(http.get(path, "invalid-access-token"), 400, "BadRequest");
    }
    long events = count("pact_events");
    assertPactError(
        http.send("POST", "/3/events", "invalid-access-token", CLOUDEVENTS, "{}"),
        400,
        "BadRequest");
    assertThat(count("pact_events")).isEqualTo(events);
  }

  @Test
  void pactV3_authentication_expiredTokenIsAPactTokenExpiredWithABearerChallenge() {
    Http http = http();
    String expired = expiredToken();
    for (String path : PATHS) {
      Http.Reply r = http.get(path, expired);
      assertPactError(r, 401, "TokenExpired");
      assertThat(r.header("WWW-Authenticate")).startsWith("Bearer error=\"invalid_token\"");
    }
  }

  @Test
  void pactV3_authentication_tokenWithoutThePactScopeIsAPactAccessDenied() {
    Http http = http();
    String supplier = http.supplier();
    for (String path : PATHS) {
      assertPactError(http.get(path, supplier), 403, "AccessDenied");
    }
    long events = count("pact_events");
    assertPactError(
        http.send("POST", "/3/events", supplier, CLOUDEVENTS, "{}"), 403, "AccessDenied");
    assertThat(count("pact_events")).isEqualTo(events);
  }

  private String expiredToken() {
    Instant past = Instant.now().minusSeconds(3600);
    JwtClaimsSet claims =
        JwtClaimsSet.builder()
            .subject("pact-client")
            .claim("client_id", "pact-client")
            .claim("scope", List.of("pact.read", "pact.events"))
            .issuedAt(past.minusSeconds(600))
            .expiresAt(past)
            .build();
    return new NimbusJwtEncoder(keys)
        .encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
        .getTokenValue();
  }
}
