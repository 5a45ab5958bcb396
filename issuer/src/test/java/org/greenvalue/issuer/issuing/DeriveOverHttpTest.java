package org.greenvalue.issuer.issuing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.issuer.support.Http;
import org.greenvalue.issuer.support.IssuerIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * VC-API derive ({@code POST /credentials/derive}): a holder reveals part of an ecdsa-sd-2023
 * credential; what it withholds is gone, what it reveals verifies, and what it alters does not.
 */
class DeriveOverHttpTest extends IssuerIntegrationTest {
  private static String did;
  private static JsonNode base;

  @BeforeEach
  void aBaseCredential() {
    if (did == null) {
      did = SdBaseCredentials.organisation(http(), orgId("derive"));
      Http.Reply r =
          SdBaseCredentials.issue(
              http(),
              did,
              "{\"format\":\"ecdsa-sd-2023\",\"mandatoryPointers\":[\"/credentialSubject\"]}");
      assertThat(r.status()).as(r.toString()).isEqualTo(201);
      base = r.json().get("verifiableCredential");
    }
  }

  private Http.Reply derive(JsonNode credential, String options) {
    Http http = http();
    return http.post(
        "/credentials/derive",
        http.supplier(),
        "{\"verifiableCredential\":" + credential + ",\"options\":" + options + "}");
  }

  @Test
  void vcApi_deriveCredential_revealsTheMandatoryAndSelectedStatementsWithAProofThatVerifies() {
    long issued = count("issued_credentials");

    Http.Reply withheld = derive(base, "{\"selectivePointers\":[]}");
    Http.Reply revealed = derive(base, "{\"selectivePointers\":[\"/name\"]}");

    assertThat(withheld.status()).as(withheld.toString()).isEqualTo(201);
    JsonNode hidden = withheld.json().get("verifiableCredential");
    assertThat(hidden.has("name")).isFalse();
    assertThat(hidden.at("/credentialSubject/id").asText()).isEqualTo("did:example:buyer");
    assertThat(hidden.at("/proof/cryptosuite").asText()).isEqualTo("ecdsa-sd-2023");
    assertThat(hidden.at("/proof/proofValue").asText()).startsWith("u2V0B");
    assertVerifies(hidden);
    assertThat(revealed.status()).as(revealed.toString()).isEqualTo(201);
    JsonNode shown = revealed.json().get("verifiableCredential");
    assertThat(shown.get("name").asText()).isEqualTo("Confidential supply terms");
    assertVerifies(shown);
    assertThat(count("issued_credentials")).isEqualTo(issued);
  }

  @Test
  void aHolderWhoAltersARevealedStatementGetsACredentialThatDoesNotVerify() {
    ObjectNode altered = base.deepCopy();
    altered.put("name", "Generous supply terms");

    Http.Reply r = derive(altered, "{\"selectivePointers\":[\"/name\"]}");

    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    VerificationReport report = verifier().verify(r.json().get("verifiableCredential").toString());
    assertThat(report.valid()).as(report.toString()).isFalse();
    assertThat(report.check("proof[0].signature").orElseThrow().outcome())
        .isEqualTo(Check.Outcome.FAILED);
  }

  @Test
  void aDerivedProofOrAPointerThatSelectsNothingIsNotDerivable() {
    JsonNode derived = derive(base, "{}").json().get("verifiableCredential");

    for (Http.Reply r :
        new Http.Reply[] {
          derive(derived, "{}"), derive(base, "{\"selectivePointers\":[\"/noSuchField\"]}")
        }) {
      assertThat(r.isProblem(422)).as(r.toString()).isTrue();
      assertThat(r.json().get("type").asText()).endsWith("/not-derivable");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"selectivePointers\":\"/name\"}",
        "{\"selectivePointers\":[7]}",
        "{\"mandatoryPointers\":[\"/name\"]}",
        "[]"
      })
  void malformedOptionsAre400(String options) {
    Http.Reply r = derive(base, options);
    assertThat(r.isProblem(400)).as(r.toString()).isTrue();
  }

  @Test
  void aStringCredentialAnUnreadableBodyAndAnOversizedOneAreRefused() {
    Http http = http();
    Http.Reply string =
        http.post("/credentials/derive", http.supplier(), "{\"verifiableCredential\":\"eyJ.a.b\"}");
    Http.Reply unreadable = http.post("/credentials/derive", http.supplier(), "{\"verifiable");
    ObjectNode huge = base.deepCopy();
    huge.put("padding", "x".repeat(2 << 20)); // the endpoint takes up to 1 MiB
    Http.Reply oversized = derive(huge, "{}");

    assertThat(string.isProblem(400)).as(string.toString()).isTrue();
    assertThat(unreadable.isProblem(400)).as(unreadable.toString()).isTrue();
    assertThat(oversized.isProblem(413)).as(oversized.toString()).isTrue();
  }

  @Test
  void onlyAHoldingPartyMayDerive() {
    Http http = http();
    String body = "{\"verifiableCredential\":" + base + "}";

    assertThat(http.post("/credentials/derive", http.admin(), body).status()).isEqualTo(403);
    assertThat(http.post("/credentials/derive", null, body).status()).isEqualTo(401);
    assertThat(http.post("/credentials/derive", http.assurer(), body).status()).isEqualTo(201);
  }

  private static void assertVerifies(JsonNode credential) {
    VerificationReport report = verifier().verify(credential.toString());
    assertThat(report.check("proof[0].signature").orElseThrow().outcome())
        .as(report.toString())
        .isEqualTo(Check.Outcome.PASSED);
    assertThat(report.valid()).as(report.toString()).isTrue();
  }
}
