package org.greenvalue.ledger.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Optional;

/**
 * An anchor receipt (with its inclusion proof) from outside: {@code Malformed}, or a receipt whose
 * JSON reads back to the same JSON; checking it against its own root never throws.
 */
class AnchorReceiptFuzzTest {

  @FuzzTest(maxDuration = "1m")
  void receiptIsMalformedOrReSerialisesStably(FuzzedDataProvider data) {
    ReceiptParse read = AnchorReceiptJson.read(data.consumeRemainingAsString());
    if (read instanceof ReceiptParse.Malformed malformed) {
      assertThat(malformed.reason()).isNotBlank();
      return;
    }
    AnchorReceipt receipt = ((ReceiptParse.Parsed) read).receipt();
    String written = AnchorReceiptJson.write(receipt);
    var again = (ReceiptParse.Parsed) AnchorReceiptJson.read(written);
    assertThat(AnchorReceiptJson.write(again.receipt())).isEqualTo(written);
    assertThat(new ReceiptVerifier().verify(receipt, Optional.empty())).isNotNull();
  }
}
