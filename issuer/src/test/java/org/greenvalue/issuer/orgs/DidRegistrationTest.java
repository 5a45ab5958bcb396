package org.greenvalue.issuer.orgs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.greenvalue.issuer.support.Fixtures;
import org.greenvalue.issuer.support.Http;
import org.greenvalue.issuer.support.IssuerIntegrationTest;
import org.greenvalue.registry.client.DidVersion;
import org.greenvalue.registry.client.RegistryClient;
import org.greenvalue.registry.client.RegistryClientConfig;
import org.junit.jupiter.api.Test;

/**
 * Every change of a did:web organisation's DID document (creation, rotation, a key revoked for
 * compromise) becomes a version registered with the real registry, in order.
 */
class DidRegistrationTest extends IssuerIntegrationTest {

  static List<DidVersion> awaitVersions(String did, int count) {
    RegistryClient client =
        new RegistryClient(
            RegistryClientConfig.writer(registry().baseUrl(), "writer", "writer-secret"));
    return await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> client.didHistory(did).orElse(List.of()), vs -> vs.size() >= count);
  }

  @Test
  void creationRotationAndCompromiseAreEachARegisteredVersion() {
    Http http = http();
    String org = orgId("history");
    String did = Fixtures.organisation(http, org, "web", "supplier").get("did").asText();

    Http.Reply rotated =
        http.post(
            "/organisations/" + org + "/keys/rotation", http.admin(), "{\"type\":\"ED25519\"}");
    String oldKey = rotated.json().get("id").asText();
    String fragment = oldKey.substring(oldKey.indexOf('#') + 1);
    Instant compromisedAt = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
    Http.Reply compromised =
        http.post(
            "/organisations/" + org + "/keys/" + fragment + "/compromise",
            http.admin(),
            "{\"compromisedAt\":\"" + compromisedAt + "\"}");

    assertThat(rotated.status()).isEqualTo(201);
    assertThat(compromised.status()).as(compromised.toString()).isEqualTo(200);
    List<DidVersion> versions = awaitVersions(did, 3);
    assertThat(versions)
        .extracting(v -> v.change().kind())
        .containsExactly("CREATED", "ROTATED", "KEY_COMPROMISED");
    assertThat(versions.get(2).change().keyId()).contains(oldKey);
    assertThat(versions.get(2).change().compromisedAt()).contains(compromisedAt);
    assertThat(versions.get(1).document()).contains(oldKey);
    assertThat(versions.get(2).document()).doesNotContain(oldKey);
    Http.Reply document = http.get("/" + org + "/did.json", null);
    assertThat(document.body()).doesNotContain(oldKey);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM did_registrations WHERE did = ? AND state = 'REGISTERED'")
                .param(did)
                .query(Long.class)
                .single())
        .isEqualTo(3);
  }

  /**
   * A credential signed in the second its organisation was created claims that second (validFrom is
   * whole seconds); the first version must already be in effect then, or a verifier deciding key
   * validity at the claimed time (an unanchored credential) finds no document.
   */
  @Test
  void aCredentialSignedInTheSecondOfCreationFallsWithinTheFirstVersion() {
    Http http = http();
    String org = orgId("same-second");
    String did = Fixtures.organisation(http, org, "web", "supplier").get("did").asText();
    Http.Reply issued =
        http.post(
            "/organisations/" + org + "/credentials/footprint",
            http.supplier(),
            Fixtures.footprintRequest(Fixtures.footprint(), "eddsa-rdfc-2022"));

    assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
    Instant claimed =
        Instant.parse(issued.json().get("verifiableCredential").get("validFrom").asText());
    Instant first = awaitVersions(did, 1).getFirst().validFrom();
    assertThat(first.getNano()).isZero();
    assertThat(first).isBeforeOrEqualTo(claimed);
  }

  /** The registry refuses a version that takes effect before the compromise it records. */
  @Test
  void aCompromiseWithinTheCurrentSecondIsRegistered() {
    Http http = http();
    String org = orgId("just-now");
    String did = Fixtures.organisation(http, org, "web", "supplier").get("did").asText();
    String key = firstKey(http, org);
    // sub-second, and almost always within the second the issuer registers the version in
    Instant compromisedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    Http.Reply r = compromise(http, org, key, compromisedAt);

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    DidVersion revoking = awaitVersions(did, 2).get(1);
    assertThat(revoking.change().compromisedAt()).contains(compromisedAt);
    assertThat(revoking.validFrom()).isAfterOrEqualTo(compromisedAt);
  }

  @Test
  void aCompromisedKeyIsNoLongerUsedForSigning() {
    Http http = http();
    String org = orgId("stolen");
    Fixtures.organisation(http, org, "web", "supplier");
    Http.Reply before =
        http.post(
            "/organisations/" + org + "/credentials/footprint",
            http.supplier(),
            Fixtures.footprintRequest(Fixtures.footprint(), "eddsa-rdfc-2022"));
    String used =
        before.json().get("verifiableCredential").get("proof").get("verificationMethod").asText();

    Http.Reply compromised =
        http.post(
            "/organisations/"
                + org
                + "/keys/"
                + used.substring(used.indexOf('#') + 1)
                + "/compromise",
            http.admin(),
            "{\"compromisedAt\":\"" + Instant.now().minusSeconds(5) + "\"}");
    Http.Reply after =
        http.post(
            "/organisations/" + org + "/credentials/footprint",
            http.supplier(),
            Fixtures.footprintRequest(Fixtures.footprint(), "eddsa-rdfc-2022"));

    assertThat(compromised.status()).as(compromised.toString()).isEqualTo(200);
    assertThat(after.status()).isEqualTo(201);
    assertThat(
            after
                .json()
                .get("verifiableCredential")
                .get("proof")
                .get("verificationMethod")
                .asText())
        .isNotEqualTo(used);
  }

  @Test
  void refusesACompromiseInTheFutureAndChangesNothing() {
    Http http = http();
    String org = orgId("future");
    String did = Fixtures.organisation(http, org, "web", "supplier").get("did").asText();
    String key = firstKey(http, org);
    long registrations = count("did_registrations");

    Http.Reply r = compromise(http, org, key, Instant.now().plusSeconds(3600));

    assertThat(r.status()).as(r.toString()).isEqualTo(422);
    assertThat(r.json().get("type").asText()).endsWith("/invalid-compromise-time");
    assertThat(count("did_registrations")).isEqualTo(registrations);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM organisation_keys WHERE org_id = ? AND compromised_at IS NOT NULL")
                .param(org)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(did).startsWith("did:web:");
  }

  private static String firstKey(Http http, String org) {
    return http.get("/organisations/" + org, http.admin())
        .json()
        .get("keys")
        .get(0)
        .get("id")
        .asText();
  }

  private static Http.Reply compromise(Http http, String org, String key, Instant at) {
    return http.post(
        "/organisations/" + org + "/keys/" + key.substring(key.indexOf('#') + 1) + "/compromise",
        http.admin(),
        "{\"compromisedAt\":\"" + at + "\"}");
  }
}
