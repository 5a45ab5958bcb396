package org.greenvalue.registry.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.json.Json;
import java.io.StringReader;
import org.greenvalue.common.verification.Check;
import org.greenvalue.credentials.status.BitstringStatusListEntry;
import org.greenvalue.credentials.status.BitstringStatusListSubject;
import org.greenvalue.credentials.status.StatusListCheck;
import org.greenvalue.credentials.status.StatusPurpose;
import org.greenvalue.registry.support.Api;
import org.greenvalue.registry.support.HttpResult;
import org.greenvalue.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Message lists with multi-bit entries (Bitstring Status List 1.0 §2.1, §2.2, §3.2). */
class StatusListMessagesTest extends RegistryIntegrationTest {
  private static final String DID = "did:web:messages.example";
  private static final String MESSAGES =
      """
      [{"status":"0x0","message":"accepted"},{"status":"0x1","message":"under review"},
       {"status":"0x2","message":"restated"},{"status":"0x3","message":"withdrawn"}]""";
  private static final String TWO_BITS =
      "{\"issuer\":\"" + DID + "\",\"statusSize\":2,\"statusMessage\":" + MESSAGES + "}";

  @BeforeEach
  void registerTheIssuer() {
    api().registeredDid(DID);
  }

  private JsonNode allocate(Api api) {
    HttpResult r = api.post("/status-lists/message/entries", api.writer(), TWO_BITS);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json();
  }

  private static String path(JsonNode entry) {
    String url = entry.get("statusListCredential").asText();
    return url.substring(url.indexOf("/status-lists/"));
  }

  private static String entryPath(JsonNode entry) {
    return path(entry) + "/entries/" + entry.get("statusListIndex").asText();
  }

  private static long listId(JsonNode entry) {
    String path = path(entry);
    return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
  }

  private BitstringStatusListSubject published(Api api, JsonNode entry) {
    HttpResult r = api.get(path(entry), null);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return BitstringStatusListSubject.parse(
            Json.createReader(new StringReader(r.body()))
                .readObject()
                .getJsonObject("credentialSubject"))
        .orElseThrow();
  }

  private static BitstringStatusListEntry parsed(JsonNode entry) {
    return BitstringStatusListEntry.parse(
            Json.createReader(new StringReader(entry.toString())).readObject())
        .orElseThrow();
  }

  private long listVersion(long listId) {
    return jdbc.sql("SELECT version FROM status_lists WHERE id = ?")
        .param(listId)
        .query(Long.class)
        .single();
  }

  @Test
  void bitstringStatusList_2_1_aMessageEntryCarriesItsStatusSizeAndMessages() {
    JsonNode entry = allocate(api());
    assertThat(entry.get("statusPurpose").asText()).isEqualTo("message");
    assertThat(entry.get("statusSize").asInt()).isEqualTo(2);
    assertThat(entry.get("statusMessage")).hasSize(4);
    assertThat(path(entry)).startsWith("/status-lists/message/");
    assertThat(parsed(entry).messageFor(3)).contains("withdrawn");
  }

  @Test
  void bitstringStatusList_3_2_validateReadsTheMultiBitValueSetAndItsMessage() {
    Api api = api();
    JsonNode entry = allocate(api);
    HttpResult set = api.put(entryPath(entry), api.writer(), "{\"status\":\"0x2\"}");
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    assertThat(set.json().get("status").asText()).isEqualTo("0x2");
    assertThat(set.json().get("statusMessage").asText()).isEqualTo("restated");

    BitstringStatusListSubject list = published(api, entry);
    assertThat(list.statusPurposes()).containsExactly(StatusPurpose.MESSAGE);
    Check check = StatusListCheck.check(parsed(entry), list);
    assertThat(check.outcome()).as(check.reason()).isEqualTo(Check.Outcome.PASSED);
    assertThat(check.reason()).contains("status 0x2 (restated)");

    HttpResult read = api.get(entryPath(entry), api.writer());
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    assertThat(read.json().get("status").asText()).isEqualTo("0x2");
    assertThat(read.json().get("credentialStatus")).isEqualTo(entry);
  }

  @Test
  void bitstringStatusList_2_1_entriesOfAnotherShapeGoToAnotherList() {
    Api api = api();
    JsonNode twoBits = allocate(api);
    String oneBit =
        "{\"issuer\":\""
            + DID
            + "\",\"statusSize\":1,\"statusMessage\":"
            + "[{\"status\":\"0x0\",\"message\":\"ok\"},{\"status\":\"0x1\",\"message\":\"no\"}]}";
    HttpResult r = api.post("/status-lists/message/entries", api.writer(), oneBit);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(listId(r.json())).isNotEqualTo(listId(twoBits));
    assertThat(r.json().has("statusSize")).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"0x4", "0xff"})
  void bitstringStatusList_2_1_aValueOutsideTwoToTheStatusSizeIsRefusedAndChangesNothing(
      String value) {
    Api api = api();
    JsonNode entry = allocate(api);
    long version = listVersion(listId(entry));
    long audits = count("audit_log");
    HttpResult r = api.put(entryPath(entry), api.writer(), "{\"status\":\"" + value + "\"}");
    assertThat(r.isProblem(422)).as(r.toString()).isTrue();
    assertThat(r.body()).contains("does not fit");
    assertThat(listVersion(listId(entry))).isEqualTo(version);
    assertThat(count("audit_log")).isEqualTo(audits);
    assertThat(StatusListCheck.status(parsed(entry), published(api, entry)).value()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        // three messages for two bits
        "{\"issuer\":\""
            + DID
            + "\",\"statusSize\":2,\"statusMessage\":"
            + "[{\"status\":\"0x0\",\"message\":\"a\"},{\"status\":\"0x1\",\"message\":\"b\"},"
            + "{\"status\":\"0x2\",\"message\":\"c\"}]}",
        // a value twice
        "{\"issuer\":\""
            + DID
            + "\",\"statusSize\":1,\"statusMessage\":"
            + "[{\"status\":\"0x1\",\"message\":\"a\"},{\"status\":\"0x1\",\"message\":\"b\"}]}",
        // no messages
        "{\"issuer\":\"" + DID + "\",\"statusSize\":2}",
        // too wide
        "{\"issuer\":\"" + DID + "\",\"statusSize\":9,\"statusMessage\":[]}",
        "{\"issuer\":\"" + DID + "\",\"statusSize\":0,\"statusMessage\":[]}"
      })
  void bitstringStatusList_2_1_aMessageCountThatIsNotTwoToTheStatusSizeIsRefusedAndAllocatesNothing(
      String body) {
    Api api = api();
    long entries = count("status_entries");
    long lists = count("status_lists");
    HttpResult r = api.post("/status-lists/message/entries", api.writer(), body);
    assertThat(r.isProblem(422)).as(r.toString()).isTrue();
    assertThat(count("status_entries")).isEqualTo(entries);
    assertThat(count("status_lists")).isEqualTo(lists);
  }

  @Test
  void aStatusSizeOnARevocationEntryIsRefusedAndAllocatesNothing() {
    Api api = api();
    long entries = count("status_entries");
    HttpResult r = api.post("/status-lists/revocation/entries", api.writer(), TWO_BITS);
    assertThat(r.isProblem(422)).as(r.toString()).isTrue();
    assertThat(count("status_entries")).isEqualTo(entries);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"{}", "{\"set\":true,\"status\":\"0x1\"}", "{\"status\":\"2\"}"})
  void aSetRequestWithNeitherOrBothOfSetAndStatusIsRefused(String body) {
    Api api = api();
    JsonNode entry = allocate(api);
    long version = listVersion(listId(entry));
    HttpResult r = api.put(entryPath(entry), api.writer(), body);
    assertThat(r.isProblem(400)).as(r.toString()).isTrue();
    assertThat(listVersion(listId(entry))).isEqualTo(version);
  }

  @Test
  void anEntryThatWasNeverAllocatedIsNotFound() {
    Api api = api();
    JsonNode entry = allocate(api);
    int free =
        jdbc.sql(
                """
                SELECT min(i) FROM generate_series(0, 131071) i WHERE NOT EXISTS
                  (SELECT 1 FROM status_entries WHERE list_id = ? AND idx = i)""")
            .param(listId(entry))
            .query(Integer.class)
            .single();
    HttpResult r = api.get(path(entry) + "/entries/" + free, api.writer());
    assertThat(r.isProblem(404)).as(r.toString()).isTrue();
  }
}
