package org.greenvalue.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.greenvalue.registry.support.Api;
import org.greenvalue.registry.support.HttpResult;
import org.greenvalue.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecurityTest extends RegistryIntegrationTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "POST, /trust/accreditations",
    "POST, /trust/status-changes",
    "GET, /trust/did:web:x.example?type=T",
    "POST, /status-lists/revocation/entries",
    "PUT, /status-lists/revocation/1/entries/5",
    "GET, /audit",
    "GET, /actuator/metrics"
  })
  void aRequestWithoutTokenGetsA401ProblemWithTheBearerChallenge(String method, String path) {
    HttpResult r = api().send(method, path, null, "application/json", "{}");
    assertThat(r.isProblem(401)).as(r.toString()).isTrue();
    assertThat(r.header("WWW-Authenticate")).startsWith("Bearer");
  }

  @Test
  void aForgedTokenGetsA401Problem() {
    HttpResult r = api().get("/audit", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");
    assertThat(r.isProblem(401)).as(r.toString()).isTrue();
  }

  @ParameterizedTest(name = "{0} cannot {1} {2}")
  @CsvSource({
    "reader, POST, /trust/accreditations",
    "writer, POST, /trust/accreditations",
    "writer, POST, /trust/status-changes",
    "reader, POST, /status-lists/revocation/entries",
    "authority, POST, /status-lists/revocation/entries",
    "authority, PUT, /status-lists/revocation/1/entries/5"
  })
  void aTokenWithoutTheNeededScopeGetsA403Problem(String client, String method, String path) {
    Api api = api();
    String token =
        switch (client) {
          case "reader" -> api.reader();
          case "writer" -> api.writer();
          default -> api.authority();
        };
    HttpResult r = api.write(method, path, token, "k", "{}");
    assertThat(r.isProblem(403)).as(r.toString()).isTrue();
    assertThat(r.json().get("type").asText()).endsWith("/insufficient-scope");
  }

  @Test
  void theEmbeddedServerIssuesOnlyTheScopesAClientIsRegisteredFor() {
    HttpResult granted = api().tokenRequest("reader", "reader-secret", "registry.read");
    assertThat(granted.status()).isEqualTo(200);
    assertThat(granted.json().get("scope").asText()).isEqualTo("registry.read");

    HttpResult refused = api().tokenRequest("reader", "reader-secret", "trust.authority");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("error").asText()).isEqualTo("invalid_scope");
  }

  @Test
  void aWrongClientSecretGetsNoToken() {
    HttpResult r = api().tokenRequest("authority", "guess", "trust.authority");
    assertThat(r.status()).isEqualTo(401);
  }

  @Test
  void publicEndpointsNeedNoToken() {
    Api api = api();
    assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
    assertThat(api.get("/v3/api-docs", null).status()).isEqualTo(200);
    assertThat(api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
  }
}
