package org.greenvalue.credentials.subject.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenvalue.credentials.subject.Fixtures.with;

import java.math.BigDecimal;
import java.time.Instant;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.credentials.subject.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustodyTransferTest {

  static final String LOT = "urn:uuid:6f1c2a8e-0000-4000-8000-000000000001";
  static final String CHILD = "urn:uuid:6f1c2a8e-0000-4000-8000-000000000002";

  static CustodyTransfer transfer(String quantity) {
    return new CustodyTransfer(
        LOT,
        CHILD,
        "org-kanto-steel",
        "org-tokai-parts",
        new BigDecimal(quantity),
        "INV-2026-0042",
        Sha256Digest.parse(Fixtures.DIGEST).value(),
        Instant.parse("2026-01-05T09:30:00Z"));
  }

  @Test
  void roundTripsThroughJsonWithTheContractShape() {
    var original = transfer("300");
    var json = original.toJson();
    assertThat(json.getString("type")).isEqualTo("CustodyTransfer");
    assertThat(json.getString("quantity")).isEqualTo("300");
    assertThat(json.getString("sourceCredential")).isEqualTo(Fixtures.DIGEST);
    assertThat(json.getString("transferredAt")).isEqualTo("2026-01-05T09:30:00Z");
    assertThat(CustodyTransfer.parse(json).value()).isEqualTo(original);
  }

  @ParameterizedTest
  @CsvSource({
    "/quantity, 0, '/quantity: must be above zero'",
    "/quantity, 0.0000001, '/quantity: must have at most 6 decimals'",
    "/lotId, lot-1, '/lotId: must be urn:uuid:<uuid>'",
    "/childLotId, urn:uuid:6f1c2a8e-0000-4000-8000-000000000001, "
        + "'/childLotId: must differ from lotId'",
    "/transferee, org-kanto-steel, '/transferee: must differ from the transferor'",
    "/sourceCredential, sha256:XYZ, '/sourceCredential: digest must be'",
    "/transferredAt, 2026-01-05, '/transferredAt: must be an RFC 3339'",
    "/type, RetirementCertificate, '/type: must be CustodyTransfer'"
  })
  void refusesEachMalformedMemberWithItsPointer(String pointer, String value, String reason) {
    var result = CustodyTransfer.parse(with(transfer("1").toJson(), pointer, value));
    assertThat(result.succeeded()).isFalse();
    assertThat(result.reason()).contains(reason);
  }

  @Test
  void refusesAControlCharacterOrAnOverlongDeliveryReference() {
    var bell = CustodyTransfer.parse(with(transfer("1").toJson(), "/deliveryReference", "A\u0007"));
    assertThat(bell.reason()).contains("/deliveryReference: must not contain control characters");
    var longText =
        CustodyTransfer.parse(with(transfer("1").toJson(), "/deliveryReference", "x".repeat(257)));
    assertThat(longText.reason()).contains("/deliveryReference: must be 1 to 256 characters");
  }

  @Test
  void reportsEveryMissingMember() {
    var result = CustodyTransfer.parse(jakarta.json.Json.createObjectBuilder().build());
    assertThat(result.reason())
        .contains("/lotId: is required")
        .contains("/childLotId: is required")
        .contains("/deliveryReference: is required")
        .contains("/transferredAt: is required");
  }

  @Test
  void refusesFractionsOfAGramInCode() {
    assertThatThrownBy(() -> transfer("1.0000001")).isInstanceOf(IllegalArgumentException.class);
  }
}
