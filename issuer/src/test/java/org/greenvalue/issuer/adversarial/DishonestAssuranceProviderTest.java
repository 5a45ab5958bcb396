package org.greenvalue.issuer.adversarial;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.greenvalue.issuer.support.Fixtures;
import org.greenvalue.issuer.support.Http;
import org.greenvalue.issuer.support.IssuerIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * An assurance provider's client ({@code assurer}, scope {@code issuer.assurance}) trying to see a
 * supplier's evidence without an engagement in force, to assure its own organisation's claims, or
 * to sign as another organisation. Every attempt is refused, discloses nothing of the pack, and
 * changes nothing.
 */
class DishonestAssuranceProviderTest extends IssuerIntegrationTest {

  /** A supplier (client {@code supplier}) with a pack and a ΔCO2 claim bound to it. */
  private record Supplier(String org, JsonNode pack, String claimDigest) {
    String digest() {
      return pack.get("manifestDigest").asText();
    }

    String root() {
      return pack.get("merkleRoot").asText();
    }
  }

  private Supplier supplier() {
    Http http = http();
    String org = orgId("supplier");
    Fixtures.organisation(http, org, "key", "supplier");
    JsonNode pack = Fixtures.pack(http, org);
    Http.Reply claim =
        http.post(
            "/organisations/" + org + "/credentials/reduction",
            http.supplier(),
            Fixtures.wrap(
                "reduction",
                Fixtures.reduction(
                    pack.get("manifestDigest").asText(), pack.get("merkleRoot").asText()),
                "vc+jwt"));
    assertThat(claim.status()).as(claim.toString()).isEqualTo(201);
    return new Supplier(org, pack, claim.json().get("digest").asText());
  }

  /** An assurance provider organisation whose client is {@code assurer}. */
  private String provider() {
    String org = orgId("provider");
    Fixtures.organisation(http(), org, "key", "assurer");
    return org;
  }

  private Map<String, Long> state() {
    return Map.of(
        "issued_credentials", count("issued_credentials"),
        "anchor_outbox", count("anchor_outbox"),
        "engagements", count("engagements"),
        "ended engagements",
            jdbc.sql("SELECT count(*) FROM engagements WHERE ended_at IS NOT NULL")
                .query(Long.class)
                .single(),
        "evidence_packs", count("evidence_packs"));
  }

  /** Every way to read the pack, as the assurer: each must be refused without disclosing it. */
  private void assertPackInvisible(Supplier s) {
    Http http = http();
    String token = http.assurer();
    for (String path :
        List.of(
            "/packs/" + s.digest(),
            "/packs/" + s.digest() + "/zip",
            "/packs/" + s.digest() + "/disclosure?path=meter-readings.csv")) {
      Http.Reply r = http.get(path, token);
      assertThat(r.isProblem(404)).as(path + " -> " + r).isTrue();
      assertThat(r.json().get("type").asText()).endsWith("/unknown-pack");
      assertThat(r.body())
          .doesNotContain(s.root())
          .doesNotContain(s.org())
          .doesNotContain("meter-readings")
          .doesNotContain("EM-0042");
    }
    Http.Reply listed = http.get("/organisations/" + s.org() + "/packs", token);
    assertThat(listed.isProblem(403)).as(listed.toString()).isTrue();
    assertThat(listed.json().get("type").asText()).endsWith("/not-engaged");
    assertThat(listed.body()).doesNotContain(s.digest()).doesNotContain(s.root());
  }

  private Http.Reply assure(String asOrg, String token, Supplier s) {
    return http()
        .post(
            "/organisations/" + asOrg + "/credentials/assurance",
            token,
            Fixtures.wrap("assurance", Fixtures.assurance(s.claimDigest(), s.root()), "vc+jwt"));
  }

  @Test
  void aProviderWithoutAnEngagementCannotListDownloadOrDiscloseTheSuppliersPacks() {
    Supplier s = supplier();
    String provider = provider();
    // an engagement with another supplier opens nothing here
    Fixtures.engage(http(), supplier().org(), provider);
    Map<String, Long> before = state();

    assertPackInvisible(s);

    assertThat(state()).isEqualTo(before);
  }

  @Test
  void aProviderWithoutAnEngagementCannotAssureTheSuppliersClaim() {
    Supplier s = supplier();
    String provider = provider();
    Map<String, Long> before = state();

    Http.Reply r = assure(provider, http().assurer(), s);

    assertThat(r.isProblem(403)).as(r.toString()).isTrue();
    assertThat(r.json().get("type").asText()).endsWith("/not-engaged");
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void afterTheSupplierEndsTheEngagementTheProviderSeesAndAssuresNothing() {
    Http http = http();
    Supplier s = supplier();
    String provider = provider();
    String engagement = Fixtures.engage(http, s.org(), provider);
    assertThat(http.get("/packs/" + s.digest(), http.assurer()).status()).isEqualTo(200);

    Http.Reply ended =
        http.post(
            "/organisations/" + s.org() + "/engagements/" + engagement + "/end",
            http.supplier(),
            "");
    assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
    Map<String, Long> before = state();

    assertPackInvisible(s);
    Http.Reply r = assure(provider, http.assurer(), s);
    assertThat(r.isProblem(403)).as(r.toString()).isTrue();
    assertThat(r.json().get("type").asText()).endsWith("/not-engaged");
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void anEngagementForOtherPacksDoesNotOpenThisOne() {
    Http http = http();
    Supplier s = supplier();
    String other = Fixtures.pack(http, s.org()).get("manifestDigest").asText();
    String provider = provider();
    Fixtures.engage(http, s.org(), provider, other);
    assertThat(http.get("/packs/" + other, http.assurer()).status()).isEqualTo(200);
    Map<String, Long> before = state();

    for (String path : List.of("/packs/" + s.digest(), "/packs/" + s.digest() + "/zip")) {
      Http.Reply r = http.get(path, http.assurer());
      assertThat(r.isProblem(404)).as(path + " -> " + r).isTrue();
    }
    JsonNode listed = http.get("/organisations/" + s.org() + "/packs", http.assurer()).json();
    assertThat(listed.findValuesAsText("manifestDigest")).containsExactly(other);
    Http.Reply r = assure(provider, http.assurer(), s);
    assertThat(r.isProblem(403)).as(r.toString()).isTrue();
    assertThat(r.json().get("type").asText()).endsWith("/not-engaged");
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void anEngagementThatHasNotStartedOpensNothing() {
    Http http = http();
    Supplier s = supplier();
    String provider = provider();
    String body =
        Fixtures.engagement(provider, "2099-01-01T00:00:00Z")
            .replace("{", "{\"validFrom\":\"2098-01-01T00:00:00Z\",");
    assertThat(
            http.post("/organisations/" + s.org() + "/engagements", http.supplier(), body).status())
        .isEqualTo(201);
    Map<String, Long> before = state();

    assertPackInvisible(s);
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void aProviderCannotAssureAClaimOfItsOwnOrganisation() {
    Http http = http();
    // one organisation acting as supplier and as assurance provider
    String org = orgId("both");
    Fixtures.organisation(http, org, "key", "supplier", "assurer");
    JsonNode pack = Fixtures.pack(http, org);
    Http.Reply claim =
        http.post(
            "/organisations/" + org + "/credentials/reduction",
            http.supplier(),
            Fixtures.wrap(
                "reduction",
                Fixtures.reduction(
                    pack.get("manifestDigest").asText(), pack.get("merkleRoot").asText()),
                "vc+jwt"));
    assertThat(claim.status()).as(claim.toString()).isEqualTo(201);
    Map<String, Long> before = state();

    Http.Reply r =
        http.post(
            "/organisations/" + org + "/credentials/assurance",
            http.assurer(),
            Fixtures.wrap(
                "assurance",
                Fixtures.assurance(
                    claim.json().get("digest").asText(), pack.get("merkleRoot").asText()),
                "vc+jwt"));

    assertThat(r.isProblem(403)).as(r.toString()).isTrue();
    assertThat(r.json().get("type").asText()).endsWith("/self-assurance");
    // nor can it engage itself to get round the rule
    Http.Reply self =
        http.post(
            "/organisations/" + org + "/engagements",
            http.supplier(),
            Fixtures.engagement(org, "2099-01-01T00:00:00Z"));
    assertThat(self.isProblem(422)).as(self.toString()).isTrue();
    assertThat(self.json().get("type").asText()).endsWith("/self-engagement");
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void aClientOfOneOrganisationCannotSignAssuranceAsAnother() {
    Http http = http();
    Supplier s = supplier();
    // Y is an engaged assurance provider, but its client is someone else, not "assurer"
    String y = orgId("other-provider");
    Fixtures.organisation(http, y, "key", "someone-else");
    Fixtures.engage(http, s.org(), y);
    Map<String, Long> before = state();

    Http.Reply r = assure(y, http.assurer(), s);

    assertThat(r.isProblem(403)).as(r.toString()).isTrue();
    assertThat(r.json().get("type").asText()).endsWith("/not-a-member");
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void aProviderCannotGrantOrEndTheSuppliersEngagements() {
    Http http = http();
    Supplier s = supplier();
    String provider = provider();
    String engagement = Fixtures.engage(http, s.org(), provider, s.digest());
    Map<String, Long> before = state();

    Http.Reply grant =
        http.post(
            "/organisations/" + s.org() + "/engagements",
            http.assurer(),
            Fixtures.engagement(provider, "2099-01-01T00:00:00Z"));
    assertThat(grant.isProblem(403)).as(grant.toString()).isTrue();
    Http.Reply end =
        http.post(
            "/organisations/" + s.org() + "/engagements/" + engagement + "/end",
            http.assurer(),
            "");
    assertThat(end.isProblem(403)).as(end.toString()).isTrue();
    // a provider's organisation is not the supplier: granting in its own name is refused too
    Http.Reply asProvider =
        http.post(
            "/organisations/" + provider + "/engagements",
            http.supplier(),
            Fixtures.engagement(s.org(), "2099-01-01T00:00:00Z"));
    assertThat(asProvider.isProblem(403)).as(asProvider.toString()).isTrue();
    assertThat(state()).isEqualTo(before);
  }
}
