package org.greenvalue.issuer.reduction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.issuer.support.Fixtures;
import org.greenvalue.issuer.support.Http;
import org.greenvalue.issuer.support.IssuerIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ΔCO2 credentials bound to stored evidence, and assurance by an accredited provider. */
class ReductionAndAssuranceTest extends IssuerIntegrationTest {
  private static String supplier;
  private static String assurer;
  private static String assurerDid;
  private static String unaccredited;
  private static JsonNode pack;

  @BeforeEach
  void organisations() {
    if (supplier == null) {
      Http http = http();
      supplier = orgId("maker");
      Fixtures.organisation(http, supplier, "web", "supplier");
      assurer = orgId("verifier");
      assurerDid = Fixtures.organisation(http, assurer, "key", "assurer").get("did").asText();
      registry().admin().accredit(assurerDid, "ASSURANCE_PROVIDER", "AssuranceCredential");
      unaccredited = orgId("stranger");
      Fixtures.organisation(http, unaccredited, "key", "assurer");
      pack = Fixtures.pack(http, supplier);
      Fixtures.engage(http, supplier, assurer);
      Fixtures.engage(http, supplier, unaccredited);
    }
  }

  private Http.Reply issueReduction(ObjectNode reduction, String format) {
    Http http = http();
    return http.post(
        "/organisations/" + supplier + "/credentials/reduction",
        http.supplier(),
        Fixtures.wrap("reduction", reduction, format));
  }

  private ObjectNode boundReduction() {
    return Fixtures.reduction(pack.get("manifestDigest").asText(), pack.get("merkleRoot").asText());
  }

  @Test
  void issuesAReductionBoundToItsEvidenceAndAnAssuranceOverIt() {
    Http.Reply claim = issueReduction(boundReduction(), "eddsa-rdfc-2022");
    assertThat(claim.status()).as(claim.toString()).isEqualTo(201);
    VerificationReport report =
        verifier().verify(claim.json().get("verifiableCredential").toString());
    assertThat(report.valid()).as(report.toString()).isTrue();
    assertThat(claim.json().get("evidencePack").get("merkleRoot").asText())
        .isEqualTo(pack.get("merkleRoot").asText());

    Http http = http();
    Http.Reply assurance =
        http.post(
            "/organisations/" + assurer + "/credentials/assurance",
            http.assurer(),
            Fixtures.wrap(
                "assurance",
                Fixtures.assurance(
                    claim.json().get("digest").asText(), pack.get("merkleRoot").asText()),
                "vc+jwt"));
    assertThat(assurance.status()).as(assurance.toString()).isEqualTo(201);
    String jwt = assurance.json().get("verifiableCredential").asText();
    VerificationReport assured = verifier().verify(jwt);
    assertThat(assured.valid()).as(assured.toString()).isTrue();
    assertThat(assurance.json().get("kind").asText()).isEqualTo("AssuranceCredential");
  }

  @Test
  void refusesInconsistentArithmeticAndStoresNothing() {
    ObjectNode reduction = boundReduction();
    reduction.put("reduction", "420.276");
    long before = count("issued_credentials");
    Http.Reply r = issueReduction(reduction, "vc+jwt");
    assertThat(r.isProblem(422)).as(r.toString()).isTrue();
    assertThat(r.json().get("detail").asText()).contains("reduction");
    assertThat(count("issued_credentials")).isEqualTo(before);
  }

  @Test
  void refusesAClaimWhoseEvidenceIsNotTheStoredPack() {
    long before = count("issued_credentials");
    ObjectNode wrongRoot = Fixtures.reduction(pack.get("manifestDigest").asText(), "ab".repeat(32));
    Http.Reply mismatch = issueReduction(wrongRoot, "vc+jwt");
    assertThat(mismatch.isProblem(422)).as(mismatch.toString()).isTrue();
    assertThat(mismatch.json().get("type").asText()).endsWith("/evidence-mismatch");

    ObjectNode unknown =
        Fixtures.reduction("sha256:" + "cd".repeat(32), pack.get("merkleRoot").asText());
    Http.Reply missing = issueReduction(unknown, "vc+jwt");
    assertThat(missing.isProblem(422)).as(missing.toString()).isTrue();
    assertThat(missing.json().get("type").asText()).endsWith("/unknown-evidence-pack");
    assertThat(count("issued_credentials")).isEqualTo(before);
  }

  @Test
  void refusesAnAssuranceByAnOrganisationThatIsNotAccredited() {
    Http.Reply claim = issueReduction(boundReduction(), "vc+jwt");
    long before = count("issued_credentials");
    Http http = http();
    Http.Reply r =
        http.post(
            "/organisations/" + unaccredited + "/credentials/assurance",
            http.assurer(),
            Fixtures.wrap(
                "assurance",
                Fixtures.assurance(
                    claim.json().get("digest").asText(), pack.get("merkleRoot").asText()),
                "vc+jwt"));
    assertThat(r.isProblem(403)).as(r.toString()).isTrue();
    assertThat(r.json().get("type").asText()).endsWith("/not-accredited");
    assertThat(count("issued_credentials")).isEqualTo(before);
  }

  @Test
  void refusesAnAssuranceOverAnUnknownClaimOrAnotherRoot() {
    Http http = http();
    Http.Reply claim = issueReduction(boundReduction(), "vc+jwt");
    long before = count("issued_credentials");
    String path = "/organisations/" + assurer + "/credentials/assurance";
    Http.Reply unknown =
        http.post(
            path,
            http.assurer(),
            Fixtures.wrap(
                "assurance",
                Fixtures.assurance("sha256:" + "ef".repeat(32), pack.get("merkleRoot").asText()),
                "vc+jwt"));
    assertThat(unknown.isProblem(422)).as(unknown.toString()).isTrue();
    Http.Reply otherRoot =
        http.post(
            path,
            http.assurer(),
            Fixtures.wrap(
                "assurance",
                Fixtures.assurance(claim.json().get("digest").asText(), "12".repeat(32)),
                "vc+jwt"));
    assertThat(otherRoot.isProblem(422)).as(otherRoot.toString()).isTrue();
    assertThat(count("issued_credentials")).isEqualTo(before);
  }

  @Test
  void aSupplierCannotIssueAssurance() {
    Http http = http();
    Http.Reply r =
        http.post(
            "/organisations/" + assurer + "/credentials/assurance",
            http.supplier(),
            "{\"assurance\":{}}");
    assertThat(r.isProblem(403)).as(r.toString()).isTrue();
  }
}
