package org.greenvalue.issuer.issuing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.dataintegrity.sd.EcdsaSdDeriver;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.issuer.support.Http;
import org.greenvalue.issuer.support.IssuerIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** VC-API issuing of ecdsa-sd-2023 base proofs with mandatory pointers (issue 13). */
class SelectiveDisclosureIssueTest extends IssuerIntegrationTest {
  private static String did;

  @BeforeEach
  void organisation() {
    if (did == null) {
      did = SdBaseCredentials.organisation(http(), orgId("sd"));
    }
  }

  private Http.Reply issue(String options) {
    return SdBaseCredentials.issue(http(), did, options);
  }

  @Test
  void vcDiEcdsa_3_3_issuesABaseProofWhoseDisclosureVerifies() {
    Http.Reply r =
        issue("{\"format\":\"ecdsa-sd-2023\",\"mandatoryPointers\":[\"/credentialSubject\"]}");
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    JsonNode vc = r.json().get("verifiableCredential");
    assertThat(vc.get("proof").get("cryptosuite").asText()).isEqualTo("ecdsa-sd-2023");
    assertThat(vc.get("proof").get("proofValue").asText()).startsWith("u2V0A");

    VerificationReport base = verifier().verify(vc.toString());
    assertThat(base.check("proof[0].proofValue").orElseThrow().reason()).contains("base proof");

    var derived =
        EcdsaSdDeriver.derive(JsonDocuments.parseObject(vc.toString()).value(), List.of()).value();
    assertThat(derived.containsKey("name")).isFalse();
    assertThat(derived.containsKey("credentialStatus")).isTrue();
    VerificationReport report = verifier().verify(JsonDocuments.write(derived));
    assertThat(report.check("proof[0].signature").orElseThrow().outcome())
        .as(report.toString())
        .isEqualTo(Check.Outcome.PASSED);
    assertThat(report.valid()).as(report.toString()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"format\":\"ecdsa-sd-2023\",\"mandatoryPointers\":[\"/noSuchField\"]}",
        "{\"format\":\"ecdsa-sd-2023\",\"mandatoryPointers\":[\"not a pointer\"]}",
        "{\"format\":\"ecdsa-rdfc-2019\",\"mandatoryPointers\":[\"/issuer\"]}"
      })
  void pointersThatCannotBeHonouredAre422AndNothingIsStored(String options) {
    long issued = count("issued_credentials");
    long outbox = count("anchor_outbox");
    Http.Reply r = issue(options);
    assertThat(r.isProblem(422)).as(r.toString()).isTrue();
    assertThat(count("issued_credentials")).isEqualTo(issued);
    assertThat(count("anchor_outbox")).isEqualTo(outbox);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"format\":\"ecdsa-sd-2023\",\"mandatoryPointers\":\"/issuer\"}",
        "{\"format\":\"ecdsa-sd-2023\",\"mandatoryPointers\":[1]}"
      })
  void malformedPointersAre400AndNothingIsStored(String options) {
    long issued = count("issued_credentials");
    Http.Reply r = issue(options);
    assertThat(r.isProblem(400)).as(r.toString()).isTrue();
    assertThat(count("issued_credentials")).isEqualTo(issued);
  }
}
