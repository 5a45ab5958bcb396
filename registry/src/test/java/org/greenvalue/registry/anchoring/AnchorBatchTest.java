package org.greenvalue.registry.anchoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.greenvalue.registry.support.Api;
import org.greenvalue.registry.support.HttpResult;
import org.greenvalue.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code POST /anchors/batch} and {@code POST /anchors/lookup}: batches taken whole or not at all.
 */
class AnchorBatchTest extends RegistryIntegrationTest {

  private static String body(List<String> digests) {
    return digests.stream()
        .map(d -> "\"" + d + "\"")
        .collect(Collectors.joining(",", "{\"digests\":[", "]}"));
  }

  private static List<String> fresh(int n) {
    return IntStream.range(0, n).mapToObj(i -> Digests.fresh()).toList();
  }

  private static List<String> digests(JsonNode reply) {
    List<String> digests = new ArrayList<>();
    reply.path("anchors").forEach(a -> digests.add(a.path("digest").asText()));
    return digests;
  }

  @Test
  void aBatchIsStoredWholeAndAnsweredInOrderAndARepeatChangesNothing() {
    Api api = api();
    List<String> batch = fresh(50);
    long before = count("anchor_outbox");

    HttpResult first = api.post("/anchors/batch", api.writer(), null, body(batch));

    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(digests(first.json())).containsExactlyElementsOf(batch);
    first
        .json()
        .path("anchors")
        .forEach(a -> assertThat(a.path("state").asText()).isEqualTo("PENDING"));
    assertThat(count("anchor_outbox")).isEqualTo(before + 50);

    HttpResult again = api.post("/anchors/batch", api.writer(), null, body(batch));
    assertThat(again.status()).isEqualTo(200);
    assertThat(digests(again.json())).containsExactlyElementsOf(batch);
    for (int i = 0; i < batch.size(); i++) {
      assertThat(again.json().path("anchors").get(i).path("submittedAt"))
          .isEqualTo(first.json().path("anchors").get(i).path("submittedAt"));
    }
    assertThat(count("anchor_outbox")).isEqualTo(before + 50);
  }

  @Test
  void aLookupAnswersTheKnownDigestsWithReceiptsOnceAnchored() {
    Api api = api();
    List<String> known = fresh(3);
    String unknown = Digests.fresh();
    api.post("/anchors/batch", api.writer(), null, body(known));
    List<String> asked = new ArrayList<>(known);
    asked.add(1, unknown);

    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(60))
        .until(
            () -> {
              JsonNode reply = api.post("/anchors/lookup", api.reader(), null, body(asked)).json();
              List<String> states = new ArrayList<>();
              reply.path("anchors").forEach(a -> states.add(a.path("state").asText()));
              return states.equals(List.of("ANCHORED", "ANCHORED", "ANCHORED"));
            });
    HttpResult lookup = api.post("/anchors/lookup", api.reader(), null, body(asked));
    assertThat(digests(lookup.json())).containsExactlyElementsOf(known);
    lookup.json().path("anchors").forEach(a -> assertThat(a.path("receipt").isObject()).isTrue());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"digests\":[]}",
        "{\"digests\":[\"sha256:1234\"]}",
        "{\"digests\":[null]}",
        "{\"digests\":[12345]}",
        "{\"digests\":\"sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\"}",
        "{}",
        "{\"digests\":[],\"note\":1}",
        "not json"
      })
  void aHostileBatchIsA400ProblemAndStoresNothing(String body) {
    Api api = api();
    long before = count("anchor_outbox");

    HttpResult submit = api.post("/anchors/batch", api.writer(), null, body);
    HttpResult lookup = api.post("/anchors/lookup", api.reader(), null, body);

    assertThat(submit.isProblem(400)).as(submit.toString()).isTrue();
    assertThat(lookup.isProblem(400)).as(lookup.toString()).isTrue();
    assertThat(count("anchor_outbox")).isEqualTo(before);
  }

  @Test
  void oneMalformedDigestRefusesTheWholeBatchNamingItsPosition() {
    Api api = api();
    List<String> batch = new ArrayList<>(fresh(4));
    batch.add(2, "sha256:not-hex");
    long before = count("anchor_outbox");

    HttpResult r = api.post("/anchors/batch", api.writer(), null, body(batch));

    assertThat(r.isProblem(400)).as(r.toString()).isTrue();
    assertThat(r.json().path("detail").asText()).contains("digests[2]");
    assertThat(count("anchor_outbox")).isEqualTo(before);
  }

  @Test
  void moreThanAThousandDigestsAreRefused() {
    Api api = api();
    long before = count("anchor_outbox");

    HttpResult r = api.post("/anchors/batch", api.writer(), null, body(fresh(1001)));

    assertThat(r.isProblem(400)).as(r.toString()).isTrue();
    assertThat(count("anchor_outbox")).isEqualTo(before);
  }

  @Test
  void submittingABatchNeedsTheWriteScopeAndLookingUpTheReadScope() {
    Api api = api();
    long before = count("anchor_outbox");
    String body = body(fresh(2));

    HttpResult reader = api.post("/anchors/batch", api.reader(), null, body);
    HttpResult anonymous = api.post("/anchors/batch", null, null, body);
    HttpResult anonymousLookup = api.post("/anchors/lookup", null, null, body);

    assertThat(reader.isProblem(403)).as(reader.toString()).isTrue();
    assertThat(anonymous.isProblem(401)).as(anonymous.toString()).isTrue();
    assertThat(anonymousLookup.isProblem(401)).as(anonymousLookup.toString()).isTrue();
    assertThat(count("anchor_outbox")).isEqualTo(before);
  }
}
