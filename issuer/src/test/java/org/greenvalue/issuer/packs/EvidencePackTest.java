package org.greenvalue.issuer.packs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.evidence.PackVerifier;
import org.greenvalue.evidence.check.Expectations;
import org.greenvalue.evidence.check.PackReport;
import org.greenvalue.issuer.support.Fixtures;
import org.greenvalue.issuer.support.Http;
import org.greenvalue.issuer.support.IssuerIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidencePackTest extends IssuerIntegrationTest {
  private static String org;

  @TempDir Path temp;

  @BeforeEach
  void organisation() {
    if (org == null) {
      org = orgId("packs");
      Fixtures.organisation(http(), org, "web", "supplier");
    }
  }

  @Test
  void storesAPackUnderItsDigestAndServesItWholeAndDisclosed() throws Exception {
    Http http = http();
    JsonNode pack = Fixtures.pack(http, org);
    String digest = pack.get("manifestDigest").asText();
    assertThat(pack.get("files")).hasSize(2);

    Path whole = temp.resolve("whole.zip");
    Files.write(whole, http.getBytes("/packs/" + digest + "/zip", http.supplier()));
    PackReport report =
        new PackVerifier()
            .verify(
                whole,
                Expectations.root(
                    Sha256Digest.parse("sha256:" + pack.get("merkleRoot").asText()).value()));
    assertThat(report.valid()).as(report.toString()).isTrue();

    byte[] disclosure =
        http.getBytes("/packs/" + digest + "/disclosure?path=meter-readings.csv", http.supplier());
    assertThat(disclosure).isNotEmpty();
    String listing = new String(disclosure, StandardCharsets.ISO_8859_1);
    assertThat(listing).contains("meter-readings.csv").doesNotContain("invoice.pdf");

    Http.Reply unknownPath =
        http.get("/packs/" + digest + "/disclosure?path=nothing.txt", http.supplier());
    assertThat(unknownPath.isProblem(422)).as(unknownPath.toString()).isTrue();
  }

  @Test
  void refusesAFileWhoseContentIsNotItsMediaType() {
    Http http = http();
    long before = count("evidence_packs");
    Http.Reply r =
        http.upload(
            "/organisations/" + org + "/packs",
            http.supplier(),
            List.of(new Http.FilePart("fake.pdf", "application/pdf", "not a pdf".getBytes())));
    assertThat(r.isProblem(415)).as(r.toString()).isTrue();
    Http.Reply exe =
        http.upload(
            "/organisations/" + org + "/packs",
            http.supplier(),
            List.of(
                new Http.FilePart("tool.exe", "application/x-msdownload", new byte[] {77, 90})));
    assertThat(exe.isProblem(415)).as(exe.toString()).isTrue();
    assertThat(count("evidence_packs")).isEqualTo(before);
  }

  @Test
  void refusesAnOversizedUploadAndAnUnsafePath() {
    Http http = http();
    long before = count("evidence_packs");
    Http.Reply big =
        http.upload(
            "/organisations/" + org + "/packs",
            http.supplier(),
            List.of(new Http.FilePart("big.txt", "text/plain", new byte[300 * 1024])));
    assertThat(big.status()).as(big.toString()).isEqualTo(413);
    assertThat(big.isProblem(413)).as(big.toString()).isTrue();
    Http.Reply traversal =
        http.upload(
            "/organisations/" + org + "/packs",
            http.supplier(),
            List.of(new Http.FilePart("../etc/passwd", "text/plain", "x".getBytes())));
    assertThat(traversal.isProblem(400)).as(traversal.toString()).isTrue();
    Http.Reply none = http.upload("/organisations/" + org + "/packs", http.supplier(), List.of());
    assertThat(none.isProblem(400)).as(none.toString()).isTrue();
    assertThat(count("evidence_packs")).isEqualTo(before);
  }

  @Test
  void hidesPacksFromOtherOrganisations() {
    Http http = http();
    JsonNode pack = Fixtures.pack(http, org);
    String other = orgId("nosy");
    Fixtures.organisation(http, other, "web", "someone");
    String nosy = http.token("admin", "admin-secret", "issuer.read");
    Http.Reply r = http.get("/packs/" + pack.get("manifestDigest").asText(), nosy);
    // answered as a pack that does not exist: not even its organisation is disclosed
    assertThat(r.isProblem(404)).as(r.toString()).isTrue();
    assertThat(r.body()).doesNotContain(org);
    assertThat(http.get("/packs/sha256:zz", http.supplier()).isProblem(400)).isTrue();
    assertThat(http.get("/packs/sha256:" + "0".repeat(64), http.supplier()).isProblem(404))
        .isTrue();
  }
}
