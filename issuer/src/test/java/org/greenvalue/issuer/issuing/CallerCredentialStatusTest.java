package org.greenvalue.issuer.issuing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.status.BitstringStatusListSubject;
import org.greenvalue.issuer.support.Fixtures;
import org.greenvalue.issuer.support.Http;
import org.greenvalue.issuer.support.IssuerIntegrationTest;
import org.greenvalue.registry.client.RegistryClient;
import org.greenvalue.registry.client.StatusEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A caller's own {@code credentialStatus} on VC-API issue, and message entries with multi-bit
 * values (Bitstring Status List 1.0 §2.1, §3.2): accepted only as the registry allocated it to the
 * issuing organisation and not yet carried by another credential; otherwise 422, nothing stored.
 */
class CallerCredentialStatusTest extends IssuerIntegrationTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String MESSAGES =
      "[{\"status\":\"0x0\",\"message\":\"accepted\"},{\"status\":\"0x1\",\"message\":\"under"
          + " review\"},{\"status\":\"0x2\",\"message\":\"restated\"},{\"status\":\"0x3\","
          + "\"message\":\"withdrawn\"}]";
  private static String org;
  private static String did;
  private static String otherOrg;
  private static String otherDid;

  @Autowired RegistryClient registry;

  @BeforeEach
  void organisations() {
    if (org == null) {
      org = orgId("callerstatus");
      did = Fixtures.organisation(http(), org, "web", "supplier").get("did").asText();
      otherOrg = orgId("callerstatus-other");
      otherDid = Fixtures.organisation(http(), otherOrg, "web", "supplier").get("did").asText();
    }
  }

  private JsonNode messageEntry(String issuerDid, String organisation) {
    StatusEntry entry =
        registry.allocateMessageStatus(
            issuerDid, organisation, 2, MESSAGES, UUID.randomUUID().toString());
    try {
      return Fixtures.JSON.readTree(entry.json());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private ObjectNode credential(JsonNode... status) {
    ObjectNode credential = Fixtures.JSON.createObjectNode();
    credential.putArray("@context").add("https://www.w3.org/ns/credentials/v2");
    credential.putArray("type").add("VerifiableCredential");
    credential.put("issuer", did);
    credential.putObject("credentialSubject").put("id", "did:example:subject");
    ArrayNode entries = credential.putArray("credentialStatus");
    for (JsonNode entry : status) {
      entries.add(entry);
    }
    return credential;
  }

  private Http.Reply issue(ObjectNode credential) {
    Http http = http();
    return http.post(
        "/credentials/issue",
        http.supplier(),
        "{\"credential\":" + credential + ",\"options\":{\"format\":\"eddsa-rdfc-2022\"}}");
  }

  private Http.Reply update(String id, String status) {
    Http http = http();
    return http.post(
        "/credentials/status",
        http.supplier(),
        "{\"credentialId\":\""
            + id
            + "\",\"credentialStatus\":{\"type\":\"BitstringStatusListEntry\","
            + "\"statusPurpose\":\"message\"},\"status\":"
            + status
            + "}");
  }

  /** The entry's value in the list the registry publishes now. */
  private static int published(JsonNode entry) {
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
          .decode(entry.get("statusSize").asInt())
          .orElseThrow()
          .get(Integer.parseInt(entry.get("statusListIndex").asText()));
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private void assertRefusedAndNothingStored(ObjectNode credential, String detail) {
    long issued = count("issued_credentials");
    long claims = count("status_entry_claims");
    long outbox = count("anchor_outbox");
    Http.Reply r = issue(credential);
    assertThat(r.isProblem(422)).as(r.toString()).isTrue();
    assertThat(r.json().get("detail").asText()).contains(detail);
    assertThat(count("issued_credentials")).isEqualTo(issued);
    assertThat(count("status_entry_claims")).isEqualTo(claims);
    assertThat(count("anchor_outbox")).isEqualTo(outbox);
  }

  @Test
  void bitstringStatusList_3_2_aCallersMessageEntryIsIssuedAndItsMultiBitValueSet() {
    JsonNode message = messageEntry(did, org);
    Http.Reply r = issue(credential(message));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    JsonNode vc = r.json().get("verifiableCredential");
    assertThat(vc.get("credentialStatus")).hasSize(3).contains(message);
    assertThat(verifier().verify(vc.toString()).valid()).isTrue();
    String id = vc.get("id").asText();

    Http.Reply set = update(id, "\"0x2\"");
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    assertThat(published(message)).isEqualTo(2);

    Http.Reply outside = update(id, "\"0x4\"");
    assertThat(outside.isProblem(422)).as(outside.toString()).isTrue();
    assertThat(published(message)).isEqualTo(2);
    Http.Reply notHex = update(id, "true");
    assertThat(notHex.isProblem(400)).as(notHex.toString()).isTrue();
    assertThat(published(message)).isEqualTo(2);
  }

  @Test
  void vcApi_issue_anEntryAlreadyCarriedByAnotherCredentialIsRefused() {
    JsonNode message = messageEntry(did, org);
    assertThat(issue(credential(message)).status()).isEqualTo(201);
    assertRefusedAndNothingStored(credential(message), "already in use");
  }

  @Test
  void vcApi_issue_anotherOrganisationsEntryIsRefused() {
    assertRefusedAndNothingStored(
        credential(messageEntry(otherDid, otherOrg)), "another organisation");
  }

  @Test
  void bitstringStatusList_2_1_aStatusSizeThatIsNotTheListsIsRefused() {
    ObjectNode entry = (ObjectNode) messageEntry(did, org);
    entry.remove("statusSize");
    entry
        .putArray("statusMessage")
        .add(Fixtures.JSON.createObjectNode().put("status", "0x0").put("message", "a"))
        .add(Fixtures.JSON.createObjectNode().put("status", "0x1").put("message", "b"));
    assertRefusedAndNothingStored(credential(entry), "statusSize 1 does not match");
  }

  @Test
  void vcApi_issue_changedMessagesAreRefused() {
    ObjectNode entry = (ObjectNode) messageEntry(did, org);
    ((ObjectNode) entry.get("statusMessage").get(3)).put("message", "valid after all");
    assertRefusedAndNothingStored(credential(entry), "statusMessage does not match");
  }

  @Test
  void vcApi_issue_anEntryOfAListNeverAllocatedIsRefused() {
    ObjectNode entry = (ObjectNode) messageEntry(did, org);
    String url = entry.get("statusListCredential").asText();
    entry.put("statusListCredential", url.substring(0, url.lastIndexOf('/') + 1) + "999999999");
    assertRefusedAndNothingStored(credential(entry), "never allocated");
  }

  @Test
  void vcApi_issue_anEntryOfAnotherPublisherIsRefused() {
    ObjectNode entry = (ObjectNode) messageEntry(did, org);
    entry.put("statusListCredential", "https://elsewhere.example/status/1");
    assertRefusedAndNothingStored(credential(entry), "is not a message list of the registry");
  }

  @Test
  void vcApi_issue_aMalformedEntryIsRefused() {
    ObjectNode entry = (ObjectNode) messageEntry(did, org);
    entry.remove("statusListIndex");
    assertRefusedAndNothingStored(credential(entry), "statusListIndex");
    assertRefusedAndNothingStored(
        credential(Fixtures.JSON.getNodeFactory().textNode("https://x.example/1")),
        "must be an object");
  }

  @Test
  void vcApi_issue_twoEntriesOfOnePurposeAreRefused() {
    assertRefusedAndNothingStored(
        credential(messageEntry(did, org), messageEntry(did, org)), "two message entries");
  }
}
