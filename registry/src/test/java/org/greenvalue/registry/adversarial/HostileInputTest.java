package org.greenvalue.registry.adversarial;

import static org.assertj.core.api.Assertions.assertThat;

import org.greenvalue.registry.support.Api;
import org.greenvalue.registry.support.HttpResult;
import org.greenvalue.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A caller with valid tokens sending what a parser may read two ways (a member named twice) or what
 * the database cannot hold (NUL): a 400 problem, and nothing stored or logged.
 */
class HostileInputTest extends RegistryIntegrationTest {

  private long rows() {
    return jdbc.sql(
            "SELECT (SELECT count(*) FROM trust_events) + (SELECT count(*) FROM audit_log)"
                + " + (SELECT count(*) FROM anchor_outbox) + (SELECT count(*) FROM idempotency_keys)")
        .query(Long.class)
        .single();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"did\":\"did:web:dup-a.example\",\"did\":\"did:web:dup-b.example\",\"role\":\"ISSUER\","
            + "\"credentialType\":\"EmissionReductionCredential\","
            + "\"validFrom\":\"2020-01-01T00:00:00Z\","
            + "\"accreditingAuthority\":\"did:web:authority.example\"}",
        "{\"did\":\"did:web:nul\\u0000.example\",\"role\":\"ISSUER\","
            + "\"credentialType\":\"EmissionReductionCredential\","
            + "\"validFrom\":\"2020-01-01T00:00:00Z\","
            + "\"accreditingAuthority\":\"did:web:authority.example\"}"
      })
  void anAccreditationNamingAMemberTwiceOrCarryingNulIsRefused(String body) {
    Api api = api();
    long before = rows();
    HttpResult r = api.post("/trust/accreditations", api.authority(), body);
    assertThat(r.isProblem(400)).as(r.toString()).isTrue();
    assertThat(rows()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"digest\":\"sha256:%s\",\"digest\":\"sha256:%s\"}",
        "{\"digest\":\"sha256:%s\\u0000\"}"
      })
  void anAnchorRequestNamingAMemberTwiceOrCarryingNulIsRefused(String template) {
    Api api = api();
    long before = rows();
    String body = template.formatted("a".repeat(64), "b".repeat(64));
    HttpResult r = api.post("/anchors", api.writer(), body);
    assertThat(r.isProblem(400)).as(r.toString()).isTrue();
    assertThat(rows()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/audit?subject=did:web:x%00y",
        "/audit?clientId=%00",
        "/audit?action=a%00",
        "/trust/did:web:x%00y?type=T"
      })
  void aNulInAQueryOrPathIsA400Problem(String path) {
    Api api = api();
    HttpResult r = api.get(path, api.authority());
    assertThat(r.isProblem(400)).as(r.toString()).isTrue();
  }

  @Test
  void healthShowsItsDetailsOnlyToAuthenticatedCallers() {
    Api api = api();
    HttpResult anonymous = api.get("/actuator/health", null);
    assertThat(anonymous.status()).isEqualTo(200);
    assertThat(anonymous.json().has("components")).as(anonymous.toString()).isFalse();
    assertThat(api.get("/actuator/health/liveness", null).status()).isEqualTo(200);
    assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);

    HttpResult authenticated = api.get("/actuator/health", api.reader());
    assertThat(authenticated.json().has("components")).as(authenticated.toString()).isTrue();
  }
}
