package org.greenvalue.evidence.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.greenvalue.common.Result;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.evidence.manifest.FileEntry;
import org.greenvalue.evidence.manifest.MediaType;
import org.greenvalue.evidence.manifest.PackPath;
import org.greenvalue.evidence.manifest.Salt;
import org.greenvalue.evidence.merkle.InclusionProof;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisclosureJsonTest {
  private static final Sha256Digest H = new Sha256Digest("11".repeat(32));
  private static final FileEntry A =
      new FileEntry(
          new PackPath("a.txt"), new MediaType("text/plain"), 1, H, new Salt("A".repeat(43)));
  private static final FileEntry B =
      new FileEntry(
          new PackPath("b.txt"), new MediaType("text/plain"), 2, H, new Salt("B".repeat(42) + "A"));
  private static final Disclosure DISCLOSURE =
      new Disclosure(
          "urn:uuid:6f1c2b8e-1d2a-4c1e-9a63-0d7e5e3c2a10",
          "claim-1",
          H,
          3,
          new Sha256Digest("22".repeat(32)),
          List.of(
              new DisclosedEntry(A, InclusionProof.of(0, 3, List.of(H.bytes(), H.bytes()))),
              new DisclosedEntry(B, InclusionProof.of(1, 3, List.of(H.bytes())))));

  @Test
  void roundTripsThroughCanonicalJson() {
    assertThat(DisclosureJson.parse(DisclosureJson.write(DISCLOSURE)))
        .isInstanceOfSatisfying(
            Result.Success.class, ok -> assertThat(ok.value()).isEqualTo(DISCLOSURE));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"leafCount\":3|\"leafCount\":1|outside a tree",
        "\"leafCount\":3|\"leafCount\":0|at least 1",
        "\"leafIndex\":1|\"leafIndex\":0|increasing leafIndex",
        "\"manifestDigest\":\"sha256:|\"manifestDigest\":\"|sha256:<hex>",
        "\"proof\":[\"11|\"proof\":[\"zz|SHA-256",
        "\"subject\"|\"sneaky\":1,\"subject\"|unknown fields",
        "\"b.txt\"|\"a.txt\"|duplicate entry"
      })
  void refusesInconsistentDisclosures(String from, String to, String problem) {
    String json = new String(DisclosureJson.write(DISCLOSURE), StandardCharsets.UTF_8);
    String edited = json.replaceFirst(java.util.regex.Pattern.quote(from), to);
    assertThat(edited).isNotEqualTo(json);
    assertThat(DisclosureJson.parse(edited.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            Result.Failure.class, e -> assertThat(e.reason()).contains(problem));
  }

  @Test
  void refusesAnEmptyDisclosure() {
    String json = new String(DisclosureJson.write(DISCLOSURE), StandardCharsets.UTF_8);
    String empty =
        json.replaceFirst("\"disclosed\":\\[.*\\],\"leafCount\"", "\"disclosed\":[],\"leafCount\"");
    assertThat(DisclosureJson.parse(empty.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            Result.Failure.class, e -> assertThat(e.reason()).contains("at least one file"));
  }
}
