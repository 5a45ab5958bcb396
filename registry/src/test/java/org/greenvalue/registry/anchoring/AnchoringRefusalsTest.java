package org.greenvalue.registry.anchoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.greenvalue.registry.support.Api;
import org.greenvalue.registry.support.HttpResult;
import org.greenvalue.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile submissions and reads: a problem document, and nothing stored. */
class AnchoringRefusalsTest extends RegistryIntegrationTest {
  private static final String HEX =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"digest\":\"sha256:"
            + "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08"
            + "\"}",
        "{\"digest\":\"md5:" + HEX + "\"}",
        "{\"digest\":\"" + HEX + "\"}",
        "{\"digest\":\"sha256:" + HEX + "00\"}",
        "{\"digest\":\"sha256:\"}",
        "{\"digest\":12345}",
        "{\"digest\":[\"sha256:" + HEX + "\"]}",
        "{\"digest\":null}",
        "{}",
        "{\"digest\":\"sha256:" + HEX + "\",\"note\":\"x\"}",
        "{\"digest\":\"sha256:" + HEX + "\"",
        "not json",
        "[]",
        ""
      })
  void aHostileBodyIsA400ProblemAndStoresNothing(String body) {
    Api api = api();
    long before = count("anchor_outbox");

    HttpResult r = api.post("/anchors", api.writer(), null, body);

    assertThat(r.isProblem(400)).as(r.toString()).isTrue();
    assertThat(count("anchor_outbox")).isEqualTo(before);
    assertThat(
            jdbc.sql("SELECT count(*) FROM anchor_outbox WHERE digest LIKE ?")
                .param("%" + HEX.substring(0, 16) + "%")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void submittingNeedsTheWriteScope() {
    Api api = api();
    long before = count("anchor_outbox");
    String body = Digests.body(Digests.fresh());

    HttpResult reader = api.post("/anchors", api.reader(), null, body);
    HttpResult anonymous = api.post("/anchors", null, null, body);

    assertThat(reader.isProblem(403)).as(reader.toString()).isTrue();
    assertThat(anonymous.isProblem(401)).as(anonymous.toString()).isTrue();
    assertThat(count("anchor_outbox")).isEqualTo(before);
  }

  @Test
  void readingNeedsTheReadScopeAndAKnownWellFormedDigest() {
    Api api = api();
    String reader = api.reader();

    HttpResult unknown = api.get("/anchors/" + Digests.fresh(), reader);
    HttpResult malformed = api.get("/anchors/sha256:1234", reader);
    HttpResult anonymous = api.get("/anchors/" + Digests.fresh(), null);

    assertThat(unknown.isProblem(404)).as(unknown.toString()).isTrue();
    assertThat(malformed.isProblem(400)).as(malformed.toString()).isTrue();
    assertThat(anonymous.isProblem(401)).as(anonymous.toString()).isTrue();
  }
}
