package org.greenvalue.registry.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.greenvalue.registry.support.Api;
import org.greenvalue.registry.support.HttpResult;
import org.greenvalue.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatusListBatchTest extends RegistryIntegrationTest {
  private static final String BATCH = "/status-lists/revocation/entries/batch";

  record Entry(String path, long listId, int index) {}

  static String body(String issuer, int count) {
    return "{\"issuer\":\"" + issuer + "\",\"count\":" + count + "}";
  }

  String uniqueIssuer() {
    return api().registeredDid("did:web:" + UUID.randomUUID() + ".example");
  }

  static List<Entry> entries(HttpResult r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    List<Entry> entries = new ArrayList<>();
    r.json().get("entries").forEach(json -> entries.add(entry(json)));
    return entries;
  }

  static Entry entry(JsonNode json) {
    assertThat(json.get("type").asText()).isEqualTo("BitstringStatusListEntry");
    assertThat(json.get("statusPurpose").asText()).isEqualTo("revocation");
    String url = json.get("statusListCredential").asText();
    String path = url.substring(url.indexOf("/status-lists/"));
    long listId = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    assertThat(json.get("id").asText()).isEqualTo(url + "#" + json.get("statusListIndex").asText());
    return new Entry(path, listId, Integer.parseInt(json.get("statusListIndex").asText()));
  }

  Set<String> allocatedTo(String issuer) {
    return new HashSet<>(
        jdbc.sql("SELECT list_id || '#' || idx FROM status_entries WHERE issuer_did = ?")
            .param(issuer)
            .query(String.class)
            .list());
  }

  @Test
  void allocatesAThousandDistinctEntriesInOneCallEachAllocated() {
    Api api = api();
    String issuer = uniqueIssuer();
    List<Entry> entries = entries(api.post(BATCH, api.writer(), body(issuer, 1000)));

    Set<String> pairs = new HashSet<>();
    entries.forEach(e -> pairs.add(e.listId() + "#" + e.index()));
    assertThat(entries).hasSize(1000);
    assertThat(pairs).hasSize(1000);
    assertThat(allocatedTo(issuer)).isEqualTo(pairs);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_log WHERE action = 'status.allocate'"
                        + " AND detail->>'issuer' = ?")
                .param(issuer)
                .query(Long.class)
                .single())
        .isEqualTo(1000);

    Entry last = entries.get(999);
    HttpResult set =
        api.put(last.path() + "/entries/" + last.index(), api.writer(), "{\"set\":true}");
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    assertThat(set.json().get("issuer").asText()).isEqualTo(issuer);
  }

  @Test
  void aSingleEntryBatchIsShapedLikeTheSingleAllocation() {
    Api api = api();
    String issuer = uniqueIssuer();
    JsonNode batch = api.post(BATCH, api.writer(), body(issuer, 1)).json().get("entries").get(0);
    JsonNode single =
        api.post(
                "/status-lists/revocation/entries", api.writer(), "{\"issuer\":\"" + issuer + "\"}")
            .json();
    List<String> batchFields = new ArrayList<>();
    batch.fieldNames().forEachRemaining(batchFields::add);
    List<String> singleFields = new ArrayList<>();
    single.fieldNames().forEachRemaining(singleFields::add);
    assertThat(batchFields).isEqualTo(singleFields);
    assertThat(allocatedTo(issuer)).hasSize(2);
  }

  @Test
  void aReplayedIdempotencyKeyReturnsTheSameEntriesAndAllocatesNothingMore() {
    Api api = api();
    String issuer = uniqueIssuer();
    String key = UUID.randomUUID().toString();
    HttpResult first = api.post(BATCH, api.writer(), key, body(issuer, 5));
    HttpResult again = api.post(BATCH, api.writer(), key, body(issuer, 5));

    assertThat(entries(again)).isEqualTo(entries(first));
    assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
    assertThat(allocatedTo(issuer)).hasSize(5);

    HttpResult other = api.post(BATCH, api.writer(), key, body(issuer, 6));
    assertThat(other.isProblem(422)).as(other.toString()).isTrue();
    assertThat(allocatedTo(issuer)).hasSize(5);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "{\"issuer\":\"did:web:x.example\",\"count\":0}",
        "{\"issuer\":\"did:web:x.example\",\"count\":1001}",
        "{\"issuer\":\"did:web:x.example\",\"count\":-1}",
        "{\"issuer\":\"did:web:x.example\",\"count\":\"ten\"}",
        "{\"issuer\":\"did:web:x.example\",\"count\":\"5\"}",
        "{\"issuer\":\"did:web:x.example\",\"count\":2.5}",
        "{\"issuer\":\"did:web:x.example\",\"count\":99999999999}",
        "{\"issuer\":\"did:web:x.example\"}",
        "{\"count\":5}",
        "{\"issuer\":\"nobody\",\"count\":5}",
        "{\"issuer\":7,\"count\":5}",
        "{\"issuer\":\"did:web:x.example\",\"count\":5,\"n\":1}",
        "[]",
        "{"
      })
  void aHostileBatchIsRefusedAndAllocatesNothing(String body) {
    Api api = api();
    long entries = count("status_entries");
    long audits = count("audit_log");
    HttpResult r = api.post(BATCH, api.writer(), body);
    assertThat(r.isProblem(400)).as(r.toString()).isTrue();
    assertThat(count("status_entries")).isEqualTo(entries);
    assertThat(count("audit_log")).isEqualTo(audits);
  }

  @Test
  void anUnknownPurposeIsAProblemAndTheReaderMayNotAllocate() {
    Api api = api();
    long entries = count("status_entries");
    HttpResult purpose =
        api.post("/status-lists/refresh/entries/batch", api.writer(), body("did:web:x.example", 1));
    assertThat(purpose.isProblem(purpose.status())).as(purpose.toString()).isTrue();
    assertThat(purpose.status()).isIn(400, 404);
    HttpResult reader = api.post(BATCH, api.reader(), body("did:web:x.example", 1));
    assertThat(reader.status()).as(reader.toString()).isEqualTo(403);
    assertThat(count("status_entries")).isEqualTo(entries);
  }
}
