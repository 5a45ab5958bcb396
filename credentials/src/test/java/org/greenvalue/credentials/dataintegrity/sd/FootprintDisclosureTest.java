package org.greenvalue.credentials.dataintegrity.sd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.dataintegrity.DataIntegrity;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.keys.SigningKey;
import org.greenvalue.credentials.subject.CredentialParts;
import org.greenvalue.credentials.subject.footprint.ProductFootprint;
import org.junit.jupiter.api.Test;

/**
 * A PCF credential disclosed member by member: every member of the footprint selected one pointer
 * at a time (arrays whole, the pcf object member by member), a few optional ones withheld. Inside
 * {@code productFootprint} the member {@code id} is PACT's footprint id ({@code pact:id}), not the
 * node's identifier: skolemization (vc-di-ecdsa §3.4.7) must go by the context, not the name.
 */
class FootprintDisclosureTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-07-01T00:00:00Z"), ZoneOffset.UTC);
  private static final String FOOTPRINT = "/credentialSubject/productFootprint";
  private static final Set<String> WITHHELD =
      Set.of("comment", "extensions", "pcf/primaryDataShare", "pcf/dqi");

  @Test
  void section3_4_7_aFootprintWithOptionalMembersWithheldDerivesAndVerifies() {
    SigningKey key = SigningKey.generate(KeyType.P256);
    String did = DidKeyResolver.didFor(key.publicKey());
    JsonObject footprint =
        resource("/org/greenvalue/credentials/subject/footprint/footprint-valid.json");
    JsonObject credential =
        CredentialParts.of(ProductFootprint.parse(footprint).value())
            .toCredentialBuilder()
            .add("issuer", did)
            .add("validFrom", "2025-06-01T00:00:00Z")
            .build();
    List<String> mandatory =
        List.of(
            "/issuer",
            "/validFrom",
            "/credentialSubject/id",
            "/credentialSubject/type",
            FOOTPRINT + "/id",
            FOOTPRINT + "/productIds",
            FOOTPRINT + "/pcf/declaredUnitOfMeasurement",
            FOOTPRINT + "/pcf/pcfExcludingBiogenicUptake");
    JsonObject base =
        new EcdsaSdBaseSigner(key, DidKeyResolver.methodFor(key.publicKey()), CLOCK)
            .sign(credential, mandatory)
            .value();

    List<String> selective = new ArrayList<>();
    for (String member : footprint.keySet()) {
      if (member.equals("pcf")) {
        for (String inner : footprint.getJsonObject("pcf").keySet()) {
          if (!WITHHELD.contains("pcf/" + inner)) {
            selective.add(FOOTPRINT + "/pcf/" + inner);
          }
        }
      } else if (!WITHHELD.contains(member)) {
        selective.add(FOOTPRINT + "/" + member);
      }
    }
    JsonObject derived = EcdsaSdDeriver.derive(base, selective).value();

    JsonObject disclosed =
        derived.getJsonObject("credentialSubject").getJsonObject("productFootprint");
    assertThat(disclosed.keySet()).doesNotContain("comment", "extensions").contains("companyName");
    assertThat(disclosed.getJsonObject("pcf").keySet())
        .doesNotContain("primaryDataShare", "dqi")
        .contains("verification", "geographyCountry");
    VerificationReport report = DataIntegrity.verifier(new DidKeyResolver(), CLOCK).verify(derived);
    assertThat(report.valid()).as(report.toString()).isTrue();

    JsonObject lowered =
        JSON.createObjectBuilder(derived)
            .add(
                "credentialSubject",
                JSON.createObjectBuilder(derived.getJsonObject("credentialSubject"))
                    .add(
                        "productFootprint",
                        JSON.createObjectBuilder(disclosed)
                            .add(
                                "pcf",
                                JSON.createObjectBuilder(disclosed.getJsonObject("pcf"))
                                    .add("pcfExcludingBiogenicUptake", "0.5"))))
            .build();
    assertThat(DataIntegrity.verifier(new DidKeyResolver(), CLOCK).verify(lowered).valid())
        .isFalse();
  }

  private static JsonObject resource(String path) {
    try (var in = FootprintDisclosureTest.class.getResourceAsStream(path)) {
      return JsonDocuments.parseObject(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .value();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
