package org.greenvalue.registry.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.securing.CredentialVerifier;
import org.greenvalue.credentials.status.BitstringStatusList;
import org.greenvalue.credentials.status.BitstringStatusListSubject;
import org.greenvalue.registry.support.Api;
import org.greenvalue.registry.support.HttpResult;
import org.greenvalue.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatusListTest extends RegistryIntegrationTest {
  private static final String ISSUER = "{\"issuer\":\"did:web:issuer.example\"}";

  record Entry(String path, long listId, int index) {}

  @org.junit.jupiter.api.BeforeEach
  void registerTheIssuer() {
    api().registeredDid("did:web:issuer.example");
  }

  Entry allocate(Api api, String purpose) {
    HttpResult r = api.post("/status-lists/" + purpose + "/entries", api.writer(), ISSUER);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    JsonNode entry = r.json();
    String url = entry.get("statusListCredential").asText();
    String path = url.substring(url.indexOf("/status-lists/"));
    long listId = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    return new Entry(path, listId, Integer.parseInt(entry.get("statusListIndex").asText()));
  }

  BitstringStatusList published(Api api, String path) {
    HttpResult r = api.get(path, null);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    var subject =
        BitstringStatusListSubject.parse(
                jakarta.json.Json.createReader(new java.io.StringReader(r.body()))
                    .readObject()
                    .getJsonObject("credentialSubject"))
            .orElseThrow();
    return subject.decode(1).orElseThrow();
  }

  @Test
  void allocatesAnEntryThatPointsAtAPublishedList() {
    Api api = api();
    HttpResult r = api.post("/status-lists/revocation/entries", api.writer(), ISSUER);
    assertThat(r.status()).isEqualTo(201);
    JsonNode entry = r.json();
    assertThat(entry.get("type").asText()).isEqualTo("BitstringStatusListEntry");
    assertThat(entry.get("statusPurpose").asText()).isEqualTo("revocation");
    assertThat(entry.get("statusListCredential").asText())
        .startsWith("http://localhost:" + port + "/status-lists/revocation/");
  }

  @Test
  void thePublishedListIsSignedByTheRegistryAndVerifies() {
    Api api = api();
    Entry entry = allocate(api, "revocation");
    HttpResult r = api.get(entry.path(), null);

    assertThat(r.header("Content-Type")).startsWith("application/vc");
    assertThat(r.json().get("type").toString()).contains("BitstringStatusListCredential");
    assertThat(r.json().get("issuer").asText()).startsWith("did:key:z6Mk");
    VerificationReport report =
        new CredentialVerifier(new DidKeyResolver(), Clock.systemUTC()).verify(r.body());
    assertThat(report.valid()).as(report.toString()).isTrue();
    assertThat(published(api, entry.path()).size()).isGreaterThanOrEqualTo(131_072);
  }

  @Test
  void aRevocationIsVisibleOnTheNextReadAndCannotBeCleared() {
    Api api = api();
    Entry entry = allocate(api, "revocation");
    String etag = api.get(entry.path(), null).header("ETag");
    assertThat(published(api, entry.path()).isSet(entry.index())).isFalse();

    String entryPath = entry.path() + "/entries/" + entry.index();
    HttpResult set = api.put(entryPath, api.writer(), "{\"set\":true,\"reason\":\"key lost\"}");
    assertThat(set.status()).as(set.toString()).isEqualTo(200);

    HttpResult after = api.get(entry.path(), null);
    assertThat(after.header("ETag")).isNotEqualTo(etag);
    assertThat(published(api, entry.path()).isSet(entry.index())).isTrue();

    HttpResult cleared = api.put(entryPath, api.writer(), "{\"set\":false}");
    assertThat(cleared.isProblem(409)).as(cleared.toString()).isTrue();
    assertThat(published(api, entry.path()).isSet(entry.index())).isTrue();
  }

  @Test
  void aSuspensionCanBeLifted() {
    Api api = api();
    Entry entry = allocate(api, "suspension");
    String entryPath = entry.path() + "/entries/" + entry.index();
    api.put(entryPath, api.writer(), "{\"set\":true}");
    assertThat(published(api, entry.path()).isSet(entry.index())).isTrue();
    HttpResult lifted = api.put(entryPath, api.writer(), "{\"set\":false}");
    assertThat(lifted.status()).isEqualTo(200);
    assertThat(published(api, entry.path()).isSet(entry.index())).isFalse();
  }

  @Test
  void aConditionalGetWithTheCurrentEtagIsNotModified() {
    Api api = api();
    Entry entry = allocate(api, "revocation");
    HttpResult first = api.get(entry.path(), null);
    assertThat(first.header("Cache-Control")).contains("max-age=1");

    HttpResult again = api.get(entry.path(), null, "If-None-Match", first.header("ETag"));
    assertThat(again.status()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  /** Bitstring Status List 1.0 and VC DM 2.0 media types: the same signed list, per Accept. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "application/vc | application/vc",
        "application/ld+json | application/ld+json",
        "application/json | application/json",
        "*/* | application/vc",
        "application/vc+jwt, application/json;q=0.5 | application/json",
        "text/html, application/*;q=0.2 | application/vc",
        "application/json;q=0.4, application/ld+json;q=0.9 | application/ld+json",
        "*/*, application/vc;q=0 | application/ld+json"
      })
  void bitstringStatusList_contentNegotiation_servesTheSameListAsEachAcceptedJsonType(
      String accept, String expected) {
    Api api = api();
    Entry entry = allocate(api, "revocation");
    HttpResult plain = api.get(entry.path(), null);

    HttpResult r = api.get(entry.path(), null, "Accept", accept);

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.header("Content-Type")).isEqualTo(expected);
    assertThat(r.header("Vary")).contains("Accept");
    assertThat(r.body()).isEqualTo(plain.body());
    assertThat(r.header("ETag")).isEqualTo(plain.header("ETag"));
    HttpResult again =
        api.getWithHeaders(entry.path(), null, "Accept", accept, "If-None-Match", r.header("ETag"));
    assertThat(again.status()).isEqualTo(304);
  }

  /** vc+jwt only where we sign the list that way (we do not), anything else: 406, no change. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/vc+jwt",
        "application/vc+sd-jwt",
        "text/html",
        "application/xml",
        "image/*",
        "application/vc;q=0, application/ld+json;q=0, application/json;q=0"
      })
  void bitstringStatusList_contentNegotiation_unofferedTypesAre406AndChangeNothing(String accept) {
    Api api = api();
    Entry entry = allocate(api, "revocation");
    HttpResult before = api.get(entry.path(), null);

    HttpResult r = api.get(entry.path(), null, "Accept", accept);

    assertThat(r.isProblem(406)).as(r.toString()).isTrue();
    assertThat(r.json().get("type").asText()).endsWith("/not-acceptable");
    HttpResult after = api.get(entry.path(), null);
    assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
    assertThat(after.body()).isEqualTo(before.body());
  }

  @Test
  void bitstringStatusList_contentNegotiation_aMalformedAcceptIs400() {
    Api api = api();
    Entry entry = allocate(api, "revocation");

    HttpResult r = api.get(entry.path(), null, "Accept", "application/");

    assertThat(r.isProblem(400)).as(r.toString()).isTrue();
  }

  @Test
  void entriesOfOneListAreDistinct() {
    Api api = api();
    List<Entry> entries =
        List.of(
            allocate(api, "suspension"), allocate(api, "suspension"), allocate(api, "suspension"));
    assertThat(entries.stream().map(e -> e.listId() + "#" + e.index()).distinct()).hasSize(3);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "/status-lists/refresh/1",
        "/status-lists/revocation/999999",
        "/status-lists/revocation/notanumber"
      })
  void anUnknownListIsAProblem(String path) {
    HttpResult r = api().get(path, null);
    assertThat(r.status()).as(r.toString()).isIn(400, 404);
    assertThat(r.isProblem(r.status())).isTrue();
  }

  @Test
  void settingAnIndexThatWasNeverAllocatedIsNotFoundAndChangesNothing() {
    Api api = api();
    Entry entry = allocate(api, "revocation");
    int other =
        jdbc.sql(
                """
                SELECT min(i) FROM generate_series(0, 131071) i WHERE NOT EXISTS
                  (SELECT 1 FROM status_entries WHERE list_id = ? AND idx = i)""")
            .param(entry.listId())
            .query(Integer.class)
            .single();
    long audits = count("audit_log");
    long version = listVersion(entry.listId());
    HttpResult r = api.put(entry.path() + "/entries/" + other, api.writer(), "{\"set\":true}");
    assertThat(r.isProblem(404)).as(r.toString()).isTrue();
    assertThat(count("audit_log")).isEqualTo(audits);
    assertThat(listVersion(entry.listId())).isEqualTo(version);
  }

  long listVersion(long listId) {
    return jdbc.sql("SELECT version FROM status_lists WHERE id = ?")
        .param(listId)
        .query(Long.class)
        .single();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"{\"set\":\"yes\"}", "{\"set\":1}", "{}", "{\"set\":true,\"extra\":1}", "{"})
  void aHostileStatusBodyIsRefused(String body) {
    Api api = api();
    Entry entry = allocate(api, "revocation");
    HttpResult r = api.put(entry.path() + "/entries/" + entry.index(), api.writer(), body);
    assertThat(r.isProblem(400)).as(r.toString()).isTrue();
    assertThat(published(api, entry.path()).isSet(entry.index())).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "{\"issuer\":\"nobody\"}",
        "{\"issuer\":7}",
        "{}",
        "{\"issuer\":\"did:web:x\",\"n\":1}"
      })
  void aHostileAllocationIsRefused(String body) {
    Api api = api();
    long entries = count("status_entries");
    HttpResult r = api.post("/status-lists/revocation/entries", api.writer(), body);
    assertThat(r.isProblem(400)).as(r.toString()).isTrue();
    assertThat(count("status_entries")).isEqualTo(entries);
  }
}
