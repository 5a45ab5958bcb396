package org.greenvalue.issuer.engagements;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.evidence.PackVerifier;
import org.greenvalue.evidence.check.Expectations;
import org.greenvalue.evidence.check.PackReport;
import org.greenvalue.issuer.support.Fixtures;
import org.greenvalue.issuer.support.Http;
import org.greenvalue.issuer.support.IssuerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A supplier engages an assurance provider, which then sees its packs; refused grants. */
class EngagementsTest extends IssuerIntegrationTest {
  @TempDir Path temp;

  private String organisation(String prefix, String client) {
    String org = orgId(prefix);
    Fixtures.organisation(http(), org, "key", client);
    return org;
  }

  @Test
  void anEngagedProviderListsDownloadsAndDisclosesTheSuppliersPacks() throws Exception {
    Http http = http();
    String supplier = organisation("engaging", "supplier");
    String provider = organisation("engaged", "assurer");
    JsonNode pack = Fixtures.pack(http, supplier);
    String digest = pack.get("manifestDigest").asText();

    String id = Fixtures.engage(http, supplier, provider);

    JsonNode listed = http.get("/organisations/" + supplier + "/packs", http.assurer()).json();
    assertThat(listed.findValuesAsText("manifestDigest")).containsExactly(digest);
    assertThat(http.get("/packs/" + digest, http.assurer()).json().get("merkleRoot").asText())
        .isEqualTo(pack.get("merkleRoot").asText());
    Path whole = temp.resolve("whole.zip");
    Files.write(whole, http.getBytes("/packs/" + digest + "/zip", http.assurer()));
    PackReport report =
        new PackVerifier()
            .verify(
                whole,
                Expectations.root(
                    Sha256Digest.parse("sha256:" + pack.get("merkleRoot").asText()).value()));
    assertThat(report.valid()).as(report.toString()).isTrue();
    byte[] disclosure =
        http.getBytes("/packs/" + digest + "/disclosure?path=invoice.pdf", http.assurer());
    assertThat(new String(disclosure, StandardCharsets.ISO_8859_1)).contains("invoice.pdf");

    // both sides read the engagement
    JsonNode bySupplier =
        http.get("/organisations/" + supplier + "/engagements", http.supplier()).json();
    assertThat(bySupplier.findValuesAsText("id")).containsExactly(id);
    JsonNode byProvider =
        http.get("/organisations/" + supplier + "/engagements", http.assurer()).json();
    assertThat(byProvider.get(0).get("provider").asText()).isEqualTo(provider);
    assertThat(byProvider.get(0).get("scope").asText()).isEqualTo("ALL_PACKS");
    assertThat(byProvider.get(0).get("grantedBy").asText()).isEqualTo("supplier");
  }

  @Test
  void endingAnEngagementIsRecordedOnceAndClosesThePacks() {
    Http http = http();
    String supplier = organisation("ending", "supplier");
    String provider = organisation("ended", "assurer");
    String digest = Fixtures.pack(http, supplier).get("manifestDigest").asText();
    String id = Fixtures.engage(http, supplier, provider, digest);
    String end = "/organisations/" + supplier + "/engagements/" + id + "/end";

    JsonNode ended = http.post(end, http.supplier(), "").json();
    assertThat(ended.get("endedBy").asText()).isEqualTo("supplier");
    assertThat(ended.get("endedAt").asText()).isNotBlank();
    assertThat(ended.get("scope").asText()).isEqualTo("LISTED_PACKS");
    Http.Reply again = http.post(end, http.supplier(), "");
    assertThat(again.isProblem(409)).as(again.toString()).isTrue();
    assertThat(http.get("/packs/" + digest, http.assurer()).isProblem(404)).isTrue();
    Http.Reply unknown =
        http.post(
            "/organisations/" + supplier + "/engagements/no-such-id/end", http.supplier(), "");
    assertThat(unknown.isProblem(404)).as(unknown.toString()).isTrue();
  }

  @Test
  void refusesMalformedOrImpossibleEngagementsAndStoresNothing() {
    Http http = http();
    String supplier = organisation("refusing", "supplier");
    String provider = organisation("refused", "assurer");
    String stranger = organisation("stranger", "someone-else");
    String path = "/organisations/" + supplier + "/engagements";
    long before = count("engagements");

    record Case(String body, int status, String type) {}
    for (Case c :
        new Case[] {
          new Case(Fixtures.engagement(provider, "2001-01-01T00:00:00Z"), 400, "invalid-period"),
          new Case(
              Fixtures.engagement(provider, "2099-01-01T00:00:00Z")
                  .replace("{", "{\"validFrom\":\"2099-06-01T00:00:00Z\","),
              400,
              "invalid-period"),
          new Case(
              Fixtures.engagement("no-such-org", "2099-01-01T00:00:00Z"), 422, "unknown-provider"),
          new Case(Fixtures.engagement(supplier, "2099-01-01T00:00:00Z"), 422, "self-engagement"),
          new Case(
              Fixtures.engagement(provider, "2099-01-01T00:00:00Z", "sha256:" + "ab".repeat(32)),
              422,
              "unknown-pack"),
          new Case(
              Fixtures.engagement(provider, "2099-01-01T00:00:00Z", "not-a-digest"),
              400,
              "invalid-digest"),
          new Case("{\"provider\":\"" + provider + "\"}", 400, null),
          new Case(
              Fixtures.engagement(provider, "2099-01-01T00:00:00Z")
                  .replace("{", "{\"colour\":\"green\","),
              400,
              null),
        }) {
      Http.Reply r = http.post(path, http.supplier(), c.body());
      assertThat(r.isProblem(c.status())).as(c.body() + " -> " + r).isTrue();
      if (c.type() != null) {
        assertThat(r.json().get("type").asText()).as(r.toString()).endsWith("/" + c.type());
      }
    }
    // another organisation's pack is not the supplier's to share
    String other = organisation("other", "supplier");
    String theirs = Fixtures.pack(http, other).get("manifestDigest").asText();
    Http.Reply foreignPack =
        http.post(
            path, http.supplier(), Fixtures.engagement(provider, "2099-01-01T00:00:00Z", theirs));
    assertThat(foreignPack.isProblem(422)).as(foreignPack.toString()).isTrue();
    // only the supplier's own clients grant, and read all of its engagements
    Http.Reply notAMember =
        http.post(
            "/organisations/" + stranger + "/engagements",
            http.supplier(),
            Fixtures.engagement(provider, "2099-01-01T00:00:00Z"));
    assertThat(notAMember.isProblem(403)).as(notAMember.toString()).isTrue();
    Http.Reply outsider = http.get(path, http.admin());
    assertThat(outsider.isProblem(403)).as(outsider.toString()).isTrue();
    assertThat(count("engagements")).isEqualTo(before);
  }
}
