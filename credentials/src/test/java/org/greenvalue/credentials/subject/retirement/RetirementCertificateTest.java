package org.greenvalue.credentials.subject.retirement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenvalue.credentials.subject.Fixtures.with;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Optional;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.credentials.subject.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetirementCertificateTest {

  static RetirementCertificate certificate(String quantity) {
    return new RetirementCertificate(
        "lot-2025-000017",
        new BigDecimal(quantity),
        "Shinagawa Electronics Co., Ltd.",
        Optional.of("did:web:shinagawa-electronics.example"),
        "Scope 3 category 1 reduction claim, FY2025",
        Instant.parse("2025-06-30T12:00:00Z"),
        Sha256Digest.parse(Fixtures.DIGEST).value());
  }

  @Test
  void roundTripsThroughJson() {
    var original = certificate("12.345678");
    assertThat(RetirementCertificate.parse(original.toJson()).value()).isEqualTo(original);
    assertThat(original.toJson().getString("unit")).isEqualTo("tCO2e");
    assertThat(original.toJson().getString("type")).isEqualTo("RetirementCertificate");
  }

  @Test
  void convertsTonnesToWholeGramsExactly() {
    assertThat(certificate("12.345678").grams()).isEqualTo(BigInteger.valueOf(12_345_678));
    assertThat(certificate("0.000001").grams()).isEqualTo(BigInteger.ONE);
    assertThat(certificate("3.5000000").grams()).isEqualTo(BigInteger.valueOf(3_500_000));
  }

  @ParameterizedTest
  @CsvSource({
    "/quantity, 0.0000001, '/quantity: must have at most 6 decimals'",
    "/quantity, 0, '/quantity: must be above zero'",
    "/quantity, -1, '/quantity: must be above zero'",
    "/unit, kgCO2e, '/unit: must be tCO2e'",
    "/retiredAt, 2025-06-30, '/retiredAt: must be an RFC 3339'",
    "/sourceCredential, sha256:XYZ, '/sourceCredential: digest must be'",
    "/beneficiary, '  ', '/beneficiary: must not be blank'"
  })
  void refusesEachMalformedMemberWithItsPointer(String pointer, String value, String reason) {
    var result = RetirementCertificate.parse(with(certificate("1").toJson(), pointer, value));
    assertThat(result.reason()).contains(reason);
  }

  @Test
  void refusesFractionsOfAGramInCode() {
    assertThatThrownBy(() -> certificate("1.0000001")).isInstanceOf(IllegalArgumentException.class);
  }
}
