package org.greenvalue.registry.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.greenvalue.registry.client.support.RegistryProcess;
import org.junit.jupiter.api.Test;

/** Anchoring through the registry's outbox ({@code POST /anchors}, {@code GET /anchors/{d}}). */
class AnchorClientTest {
  private final RegistryProcess registry = RegistryProcess.get();
  private final RegistryClient client =
      new RegistryClient(
          RegistryClientConfig.writer(registry.baseUrl(), "writer", "writer-secret"));

  static String digest() throws Exception {
    return "sha256:"
        + HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(UUID.randomUUID().toString().getBytes()));
  }

  @Test
  void submitsADigestOnceAndReadsItsState() throws Exception {
    String digest = digest();
    assertThat(client.anchor(digest)).isEmpty();
    Anchor first = client.submitAnchor(digest);
    assertThat(first.digest()).isEqualTo(digest);
    assertThat(first.state()).isIn("PENDING", "ANCHORED");
    Anchor again = client.submitAnchor(digest);
    assertThat(again.submittedAt()).isEqualTo(first.submittedAt());
    Anchor read = client.anchor(digest).orElseThrow();
    assertThat(read.digest()).isEqualTo(digest);
    assertThat(read.anchored()).isEqualTo(read.anchoredAt().isPresent());

    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(90))
        .until(() -> client.anchor(digest).orElseThrow().anchored());
    Anchor anchored = client.anchor(digest).orElseThrow();
    assertThat(anchored.anchoredAt()).isPresent();
    assertThat(anchored.receipt())
        .hasValueSatisfying(r -> assertThat(r).contains(digest.substring(7)));

    // a verifier reads the same answer as a document, with a reader's token
    RegistryClient reader =
        new RegistryClient(
            RegistryClientConfig.reader(registry.baseUrl(), "reader", "reader-secret"));
    String document = reader.readJson("/anchors/" + RegistryClient.encode(digest)).orElseThrow();
    assertThat(document).contains("\"state\":\"ANCHORED\"", digest.substring(7));
    assertThat(reader.readJson("/anchors/" + RegistryClient.encode(digest()))).isEmpty();
  }

  @Test
  void submitsABatchOnceAndLooksItUpLeavingOutDigestsNeverSeen() throws Exception {
    List<String> digests = List.of(digest(), digest(), digest());
    String unseen = digest();

    List<Anchor> submitted = client.submitAnchors(digests);
    List<Anchor> again = client.submitAnchors(digests);

    assertThat(submitted).extracting(Anchor::digest).containsExactlyElementsOf(digests);
    assertThat(again)
        .extracting(Anchor::submittedAt)
        .containsExactlyElementsOf(submitted.stream().map(Anchor::submittedAt).toList());
    List<String> lookup = List.of(digests.get(2), unseen, digests.get(0));
    assertThat(client.anchors(lookup))
        .extracting(Anchor::digest)
        .containsExactlyInAnyOrder(digests.get(2), digests.get(0));
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(90))
        .until(() -> client.anchors(digests).stream().allMatch(Anchor::anchored));
    assertThat(client.anchors(digests))
        .allSatisfy(
            a ->
                assertThat(a.receipt())
                    .hasValueSatisfying(r -> assertThat(r).contains(a.digest().substring(7))));
  }

  @Test
  void refusesAnEmptyOversizedOrMalformedBatchBeforeSending() throws Exception {
    assertThatThrownBy(() -> client.submitAnchors(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    List<String> tooMany = java.util.Collections.nCopies(RegistryClient.MAX_BATCH + 1, digest());
    assertThatThrownBy(() -> client.anchors(tooMany)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.submitAnchors(List.of(digest(), "sha256:ABC")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAMalformedDigestBeforeSending() {
    assertThatThrownBy(() -> client.submitAnchor("sha256:ABC"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
