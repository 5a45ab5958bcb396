package org.greenvalue.registry.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
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
  }

  @Test
  void refusesAMalformedDigestBeforeSending() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.submitAnchor("sha256:ABC"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
