package org.greenvalue.registry.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.registry.trust.TrustRegistryTest.TYPE;
import static org.greenvalue.registry.trust.TrustRegistryTest.accreditBody;
import static org.greenvalue.registry.trust.TrustRegistryTest.change;
import static org.greenvalue.registry.trust.TrustRegistryTest.newDid;

import java.util.stream.Stream;
import org.greenvalue.ledger.trust.CredentialType;
import org.greenvalue.registry.support.Api;
import org.greenvalue.registry.support.HttpResult;
import org.greenvalue.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every refused trust write is a problem document and changes nothing, in PostgreSQL or on chain.
 */
class TrustRefusalsTest extends RegistryIntegrationTest {
  private static final String DID = "did:web:hostile.example";

  record Snapshot(long events, long subjects, long audits, long idempotencyKeys, int onChain) {}

  Snapshot snapshot() {
    return new Snapshot(
        count("trust_events"),
        count("trust_subjects"),
        count("audit_log"),
        count("idempotency_keys"),
        ledger.trust().history(DID, CredentialType.of(TYPE)).accreditations().size());
  }

  static Stream<Arguments> hostileAccreditations() {
    String ok = accreditBody(DID, "2025-01-01T00:00:00Z", null);
    return Stream.of(
        Arguments.of("malformed JSON", "{\"did\":", 400),
        Arguments.of("not an object", "[1,2]", 400),
        Arguments.of("empty body", "", 400),
        Arguments.of("unknown field", ok.replace("{", "{\"admin\":true,"), 400),
        Arguments.of("role of the wrong type", ok.replace("\"ISSUER\"", "5"), 400),
        Arguments.of("unknown role", ok.replace("ISSUER", "KING"), 400),
        Arguments.of(
            "date that is not a date", ok.replace("2025-01-01T00:00:00Z", "yesterday"), 400),
        Arguments.of("DID as a number", ok.replace("\"" + DID + "\"", "42"), 400),
        Arguments.of("invalid DID", ok.replace(DID, "not-a-did"), 400),
        Arguments.of("DID with a path", ok.replace(DID, DID + "/path"), 400),
        Arguments.of(
            "missing credential type", ok.replace("\"credentialType\":\"" + TYPE + "\",", ""), 400),
        Arguments.of("credential type with spaces", ok.replace(TYPE, "Bad Type"), 400),
        Arguments.of(
            "validFrom after validUntil",
            accreditBody(DID, "2026-01-01T00:00:00Z", "2025-01-01T00:00:00Z"),
            422),
        Arguments.of(
            "validFrom equal to validUntil",
            accreditBody(DID, "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z"),
            422));
  }

  @ParameterizedTest(name = "{0} → {2}")
  @MethodSource("hostileAccreditations")
  void refusesAHostileAccreditationAndChangesNothing(String name, String body, int status) {
    Api api = api();
    Snapshot before = snapshot();
    HttpResult r = api.post("/trust/accreditations", api.authority(), body);
    assertThat(r.isProblem(status)).as(r.toString()).isTrue();
    assertThat(snapshot()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0} of a DID never accredited")
  @ValueSource(strings = {"SUSPEND", "REINSTATE", "REVOKE"})
  void refusesAStatusChangeOfADidNeverAccreditedAndChangesNothing(String action) {
    Api api = api();
    Snapshot before = snapshot();
    HttpResult r = api.post("/trust/status-changes", api.authority(), change(DID, action, "why"));
    assertThat(r.isProblem(409)).as(r.toString()).isTrue();
    assertThat(r.json().get("type").asText()).endsWith("/not-accredited");
    assertThat(snapshot()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "{\"did\":\"did:web:hostile.example\",\"credentialType\":\"T\",\"action\":\"SUSPEND\",\"reason\":\"\"}",
        "{\"did\":\"did:web:hostile.example\",\"credentialType\":\"T\",\"action\":\"DELETE\",\"reason\":\"r\"}",
        "{\"did\":\"did:web:hostile.example\",\"credentialType\":\"T\",\"action\":\"SUSPEND\"}"
      })
  void refusesAStatusChangeWithoutValidActionOrReason(String body) {
    Api api = api();
    Snapshot before = snapshot();
    HttpResult r = api.post("/trust/status-changes", api.authority(), body);
    assertThat(r.isProblem(400)).as(r.toString()).isTrue();
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void refusesSuspendingTwice() {
    Api api = api();
    String did = newDid();
    api.post(
        "/trust/accreditations", api.authority(), accreditBody(did, "2020-01-01T00:00:00Z", null));
    api.post("/trust/status-changes", api.authority(), change(did, "SUSPEND", "first"));
    long events = count("trust_events");
    HttpResult r =
        api.post("/trust/status-changes", api.authority(), change(did, "SUSPEND", "second"));
    assertThat(r.isProblem(409)).as(r.toString()).isTrue();
    assertThat(r.json().get("type").asText()).endsWith("/already-suspended");
    assertThat(count("trust_events")).isEqualTo(events);
  }

  @Test
  void refusesAReplayedIdempotencyKeyWithADifferentBodyAndChangesNothing() {
    Api api = api();
    String did = newDid();
    String key = "reuse-" + did;
    api.post(
        "/trust/accreditations",
        api.authority(),
        key,
        accreditBody(did, "2025-01-01T00:00:00Z", null));
    long events = count("trust_events");
    long audits = count("audit_log");

    HttpResult r =
        api.post(
            "/trust/accreditations",
            api.authority(),
            key,
            accreditBody(did, "2024-01-01T00:00:00Z", null));

    assertThat(r.isProblem(422)).as(r.toString()).isTrue();
    assertThat(r.json().get("type").asText()).endsWith("/idempotency-key-reused");
    assertThat(count("trust_events")).isEqualTo(events);
    assertThat(count("audit_log")).isEqualTo(audits);
    assertThat(ledger.trust().history(did, CredentialType.of(TYPE)).accreditations()).hasSize(1);
  }

  @Test
  void refusesAWriteWithoutIdempotencyKey() {
    Api api = api();
    Snapshot before = snapshot();
    HttpResult r =
        api.write(
            "POST",
            "/trust/accreditations",
            api.authority(),
            null,
            accreditBody(DID, "2025-01-01T00:00:00Z", null));
    assertThat(r.isProblem(400)).as(r.toString()).isTrue();
    assertThat(snapshot()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"not-a-did", "did:", "did:web:", "did:WEB:x"})
  void refusesAQueryForAnInvalidDid(String did) {
    Api api = api();
    HttpResult r = api.get("/trust/" + did + "?type=" + TYPE, api.reader());
    assertThat(r.isProblem(400)).as(r.toString()).isTrue();
  }

  @Test
  void refusesAQueryWithATimeThatIsNotATime() {
    Api api = api();
    HttpResult r = api.get("/trust/" + DID + "?type=" + TYPE + "&at=noon", api.reader());
    assertThat(r.isProblem(400)).as(r.toString()).isTrue();
  }

  @Test
  void refusesAQueryWithoutType() {
    Api api = api();
    HttpResult r = api.get("/trust/" + DID, api.reader());
    assertThat(r.isProblem(400)).as(r.toString()).isTrue();
  }
}
