package org.greenvalue.issuer.issuing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.status.BitstringStatusListSubject;
import org.greenvalue.issuer.support.Fixtures;
import org.greenvalue.issuer.support.Http;
import org.greenvalue.issuer.support.IssuerIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** VC-API {@code POST /credentials/status} against the registry's real status lists. */
class VcApiStatusTest extends IssuerIntegrationTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static String did;
  private static JsonNode untouched;

  @BeforeEach
  void organisation() {
    if (did == null) {
      did = Fixtures.organisation(http(), orgId("vcstatus"), "web", "supplier").get("did").asText();
    }
  }

  /** Issues a Data Integrity credential and returns it (with its id and credentialStatus). */
  private JsonNode issued() {
    ObjectNode credential = Fixtures.JSON.createObjectNode();
    credential.putArray("@context").add("https://www.w3.org/ns/credentials/v2");
    credential.putArray("type").add("VerifiableCredential");
    credential.put("issuer", did);
    credential.putObject("credentialSubject").put("id", "did:example:subject");
    Http http = http();
    Http.Reply r =
        http.post(
            "/credentials/issue",
            http.supplier(),
            "{\"credential\":" + credential + ",\"options\":{\"format\":\"eddsa-rdfc-2022\"}}");
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().get("verifiableCredential");
  }

  private static JsonNode entry(JsonNode vc, String purpose) {
    for (JsonNode entry : vc.get("credentialStatus")) {
      if (entry.get("statusPurpose").asText().equals(purpose)) {
        return entry;
      }
    }
    throw new AssertionError("no " + purpose + " entry in " + vc);
  }

  /** The entry's bit in the list the registry publishes now. */
  private static boolean bit(JsonNode entry) {
    try {
      HttpResponse<String> r =
          CLIENT.send(
              HttpRequest.newBuilder(URI.create(entry.get("statusListCredential").asText()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      var subject =
          BitstringStatusListSubject.parse(
                  JsonDocuments.parseObject(r.body()).value().getJsonObject("credentialSubject"))
              .orElseThrow();
      return subject
          .decode(1)
          .orElseThrow()
          .isSet(Integer.parseInt(entry.get("statusListIndex").asText()));
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private Http.Reply update(String body, String key) {
    Http http = http();
    return http.send(
        "POST",
        "/credentials/status",
        http.supplier(),
        "application/json",
        body,
        key == null ? new String[0] : new String[] {"Idempotency-Key", key});
  }

  private static String request(String id, String purpose, boolean status) {
    return "{\"credentialId\":\""
        + id
        + "\",\"credentialStatus\":{\"type\":\"BitstringStatusListEntry\",\"statusPurpose\":\""
        + purpose
        + "\"},\"status\":"
        + status
        + "}";
  }

  @Test
  void suspendsLiftsAndRevokesThroughTheRegistrysLists() {
    JsonNode vc = issued();
    String id = vc.get("id").asText();
    JsonNode suspension = entry(vc, "suspension");
    JsonNode revocation = entry(vc, "revocation");

    Http.Reply suspend = update(request(id, "suspension", true), "suspend-" + id);
    assertThat(suspend.status()).as(suspend.toString()).isEqualTo(200);
    assertThat(suspend.json().get("suspended").asBoolean()).isTrue();
    assertThat(bit(suspension)).isTrue();
    Http.Reply again = update(request(id, "suspension", true), "suspend-" + id);
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(bit(suspension)).isTrue();

    Http.Reply lift = update(request(id, "suspension", false), null);
    assertThat(lift.status()).as(lift.toString()).isEqualTo(200);
    assertThat(lift.json().get("suspended").asBoolean()).isFalse();
    assertThat(bit(suspension)).isFalse();

    ObjectNode named = (ObjectNode) Fixtures.JSON.createObjectNode().put("credentialId", id);
    named
        .putObject("credentialStatus")
        .put("type", "BitstringStatusListEntry")
        .put("statusPurpose", "revocation")
        .put("statusListIndex", revocation.get("statusListIndex").asText())
        .put("statusListCredential", revocation.get("statusListCredential").asText());
    named.put("status", true);
    Http.Reply revoke = update(named.toString(), null);
    assertThat(revoke.status()).as(revoke.toString()).isEqualTo(200);
    assertThat(revoke.json().get("revoked").asBoolean()).isTrue();
    assertThat(bit(revocation)).isTrue();

    Http.Reply unrevoke = update(request(id, "revocation", false), null);
    assertThat(unrevoke.isProblem(409)).as(unrevoke.toString()).isTrue();
    assertThat(bit(revocation)).isTrue();
    assertThat(
            http().get("/credentials/" + id, http().supplier()).json().get("revoked").asBoolean())
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not json",
        "[]",
        "{}",
        "{\"credentialId\":\"ID\",\"credentialStatus\":{\"type\":\"BitstringStatusListEntry\","
            + "\"statusPurpose\":\"suspension\"},\"status\":true,\"reason\":\"x\"}",
        "{\"credentialId\":\"ID\",\"credentialStatus\":{\"type\":\"BitstringStatusListEntry\","
            + "\"statusPurpose\":\"suspension\",\"extra\":1},\"status\":true}",
        "{\"credentialId\":\"ID\",\"credentialStatus\":{\"type\":\"BitstringStatusListEntry\","
            + "\"statusPurpose\":\"suspension\"},\"status\":\"true\"}",
        "{\"credentialId\":\"ID\",\"credentialStatus\":{\"type\":\"BitstringStatusListEntry\","
            + "\"statusPurpose\":\"suspension\"},\"status\":1}",
        "{\"credentialId\":\"ID\",\"credentialStatus\":{\"type\":\"BitstringStatusListEntry\","
            + "\"statusPurpose\":\"suspension\"}}",
        "{\"credentialId\":42,\"credentialStatus\":{\"type\":\"BitstringStatusListEntry\","
            + "\"statusPurpose\":\"suspension\"},\"status\":true}",
        "{\"credentialId\":\"ID\",\"credentialStatus\":[{\"type\":\"BitstringStatusListEntry\","
            + "\"status\":\"1\"}],\"status\":true}",
        "{\"credentialId\":\"ID\",\"credentialStatus\":{\"type\":\"BitstringStatusListEntry\","
            + "\"statusPurpose\":\"refresh\"},\"status\":true}",
        "{\"credentialId\":\"ID\",\"credentialStatus\":{\"type\":\"StatusList2021Entry\","
            + "\"statusPurpose\":\"suspension\"},\"status\":true}",
        "{\"credentialId\":\"ID\",\"credentialStatus\":{\"statusPurpose\":\"suspension\"},"
            + "\"status\":true}",
        "{\"credentialId\":\"ID\",\"credentialStatus\":{\"type\":\"BitstringStatusListEntry\","
            + "\"statusPurpose\":\"suspension\",\"statusListIndex\":7},\"status\":true}",
        "{\"credentialId\":\"ID\",\"credentialStatus\":{\"type\":\"BitstringStatusListEntry\","
            + "\"statusPurpose\":\"suspension\",\"statusListIndex\":\"999999\"},\"status\":true}",
        "{\"credentialId\":\"ID\",\"credentialStatus\":{\"type\":\"BitstringStatusListEntry\","
            + "\"statusPurpose\":\"suspension\"},\"status\":true,\"indexAllocator\":{}}"
      })
  void malformedUpdatesAre400AndChangeNothing(String template) {
    if (untouched == null) {
      untouched = issued();
    }
    JsonNode vc = untouched;
    String id = vc.get("id").asText();
    JsonNode suspension = entry(vc, "suspension");
    Http.Reply r = update(template.replace("ID", id), null);
    assertThat(r.isProblem(400)).as(r.toString()).isTrue();
    assertThat(bit(suspension)).isFalse();
    Http.Reply read = http().get("/credentials/" + id, http().supplier());
    assertThat(read.json().get("suspended").asBoolean()).isFalse();
    assertThat(read.json().get("revoked").asBoolean()).isFalse();
  }

  @Test
  void unknownCredentialsAre404AndOtherOrganisationsAre403() {
    assertThat(
            update(request("urn:uuid:" + java.util.UUID.randomUUID(), "revocation", true), null)
                .isProblem(404))
        .isTrue();

    JsonNode vc = issued();
    String id = vc.get("id").asText();
    Http http = http();
    Http.Reply notMember =
        http.post("/credentials/status", http.assurer(), request(id, "suspension", true));
    assertThat(notMember.isProblem(403)).as(notMember.toString()).isTrue();
    Http.Reply noToken = http.post("/credentials/status", null, request(id, "suspension", true));
    assertThat(noToken.status()).isEqualTo(401);
    assertThat(bit(entry(vc, "suspension"))).isFalse();
  }
}
