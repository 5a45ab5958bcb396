package org.greenvalue.credentials.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import org.greenvalue.common.verification.Check;
import org.junit.jupiter.api.Test;

/** Multi-bit entries and the message purpose (Bitstring Status List 1.0 §2.1, §2.2, §3.2). */
class BitstringStatusListMessagesTest {

  private static final URI LIST = URI.create("https://registry.example/status-lists/message/7");
  private static final List<StatusMessage> FOUR =
      List.of(
          new StatusMessage("0x0", "accepted"),
          new StatusMessage("0x1", "under review"),
          new StatusMessage("0x2", "restated"),
          new StatusMessage("0x3", "withdrawn"));

  private static BitstringStatusListSubject published(BitstringStatusList bits) {
    return BitstringStatusListSubject.of(LIST + "#list", StatusPurpose.MESSAGE, bits);
  }

  @Test
  void bitstringStatusList_3_2_validateReturnsTheValueAndItsMessage() {
    var bits = BitstringStatusList.create(BitstringStatusList.MIN_ENTRIES, 2);
    bits.set(4242, 2);
    var entry = BitstringStatusListEntry.ofMessages(4242, LIST, 2, FOUR);
    assertThat(StatusListCheck.status(entry, published(bits)).value()).isEqualTo(2);
    Check check = StatusListCheck.check(entry, published(bits));
    assertThat(check.outcome()).isEqualTo(Check.Outcome.PASSED);
    assertThat(check.name()).isEqualTo("status.message");
    assertThat(check.reason()).contains("status 0x2 (restated)").contains("index 4242");
  }

  @Test
  void bitstringStatusList_3_2_validateFailsWhenTheListIsShorterThanTheMinimumForTheStatusSize() {
    var oneBit = BitstringStatusList.create();
    var entry = BitstringStatusListEntry.ofMessages(1, LIST, 2, FOUR);
    Check check = StatusListCheck.check(entry, published(oneBit));
    assertThat(check.failed()).isTrue();
    assertThat(check.reason()).contains("too small");
  }

  @Test
  void bitstringStatusList_2_1_entryRoundTripsStatusSizeAndMessages() {
    var entry = BitstringStatusListEntry.ofMessages(9, LIST, 2, FOUR);
    JsonObject json = entry.toJson();
    assertThat(json.getInt("statusSize")).isEqualTo(2);
    assertThat(json.getJsonArray("statusMessage")).hasSize(4);
    assertThat(BitstringStatusListEntry.parse(json).value()).isEqualTo(entry);
  }

  @Test
  void bitstringStatusList_2_1_refusesAMessageValueOutsideTheStatusSize() {
    JsonObject json =
        Json.createObjectBuilder(BitstringStatusListEntry.ofMessages(9, LIST, 2, FOUR).toJson())
            .add(
                "statusMessage",
                Json.createArrayBuilder()
                    .add(new StatusMessage("0x0", "a").toJson())
                    .add(new StatusMessage("0x1", "b").toJson())
                    .add(new StatusMessage("0x2", "c").toJson())
                    .add(new StatusMessage("0x4", "d").toJson()))
            .build();
    var parsed = BitstringStatusListEntry.parse(json);
    assertThat(parsed.succeeded()).isFalse();
    assertThat(parsed.reason()).contains("0x4 does not fit in 2 bits");
  }

  @Test
  void bitstringStatusList_2_1_refusesARepeatedMessageValue() {
    var repeated =
        List.of(
            new StatusMessage("0x0", "a"),
            new StatusMessage("0x1", "b"),
            new StatusMessage("0x1", "c"),
            new StatusMessage("0x3", "d"));
    assertThatThrownBy(() -> BitstringStatusListEntry.ofMessages(1, LIST, 2, repeated))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("given twice");
  }

  @Test
  void bitstringStatusList_2_1_refusesAMessageCountThatIsNotTwoToTheStatusSize() {
    assertThatThrownBy(() -> BitstringStatusListEntry.ofMessages(1, LIST, 3, FOUR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must have 8 entries");
    assertThat(StatusMessage.faultFor(FOUR, 2)).isEmpty();
  }
}
