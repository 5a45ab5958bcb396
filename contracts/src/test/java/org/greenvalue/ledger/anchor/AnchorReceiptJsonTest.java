package org.greenvalue.ledger.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.ledger.Bytes32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AnchorReceiptJsonTest {
  private static final AnchorReceipt RECEIPT = offlineReceipt();
  private static final String JSON = AnchorReceiptJson.write(RECEIPT);

  private static AnchorReceipt offlineReceipt() {
    List<Sha256Digest> digests = Digests.fresh(5).stream().map(DigestRead::parse).toList();
    PreparedBatch batch = PreparedBatch.of(digests);
    return new AnchorReceipt(
        digests.get(3),
        Bytes32.keccakOf("batch"),
        batch.root(),
        batch.proof(3),
        1337,
        "0x" + "ab".repeat(20),
        "0x" + "cd".repeat(32),
        42,
        Instant.parse("2025-06-01T12:00:00Z"));
  }

  @Test
  void writesEveryFieldAndReadsBackTheSameReceipt() {
    assertThat(JSON)
        .contains("\"type\":\"AnchorReceipt\"", "\"treeSize\":5", "\"leafIndex\":3")
        .contains("\"blockTime\":\"2025-06-01T12:00:00Z\"", RECEIPT.digest().toString());
    assertThat(AnchorReceiptJson.read(JSON)).isEqualTo(new ReceiptParse.Parsed(RECEIPT));
  }

  static Stream<String> malformed() {
    return Stream.of(
        "",
        "[]",
        "{}",
        "not json",
        JSON.replace("\"AnchorReceipt\"", "\"SomethingElse\""),
        JSON.replace("\"digest\":\"sha256:", "\"digest\":\"sha1:"),
        JSON.replace("\"leafIndex\":3", "\"leafIndex\":9"),
        JSON.replace("\"leafIndex\":3", "\"leafIndex\":\"3\""),
        JSON.replace("\"leafIndex\":3", "\"leafIndex\":3.5"),
        JSON.replace("\"treeSize\":5", "\"treeSize\":0"),
        JSON.replace("\"siblings\":[\"0x", "\"siblings\":[\"0xzz"),
        JSON.replace("\"siblings\":[", "\"siblings\":[1,"),
        JSON.replace("\"siblings\"", "\"siblingz\""),
        JSON.replace("\"chainId\":1337", "\"chainId\":\"1337\""),
        JSON.replace("\"chainId\":1337", "\"chainId\":1e40"),
        JSON.replace("2025-06-01T12:00:00Z", "yesterday"),
        JSON.replace("\"root\":\"0x", "\"root\":\"0x00"),
        JSON.replace("\"batchId\"", "\"batch\""));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void refusesTextThatIsNotAWellFormedReceipt(String json) {
    ReceiptParse parsed = AnchorReceiptJson.read(json);

    assertThat(parsed).isInstanceOf(ReceiptParse.Malformed.class);
    assertThat(((ReceiptParse.Malformed) parsed).reason()).isNotBlank();
  }
}
