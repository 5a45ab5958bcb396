package org.greenvalue.registry.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.greenvalue.registry.support.HttpResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The public explorer API over a real custody story: no token, reads only. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerApiTest extends ExplorerFixture {
  private Story story;

  @BeforeAll
  void story() {
    story = custodyStory();
  }

  @Test
  void showsALotsHistoryOldestFirstWithLedgerEvidenceAndNoToken() {
    HttpResult r = explore("/lots/" + story.child());

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonNode lot = r.json();
    assertThat(lot.at("/lot/owner").asText()).isEqualTo(story.childOwner());
    assertThat(lot.at("/lot/quantity").asText()).isEqualTo("4");
    assertThat(lot.at("/lot/available").asText()).isEqualTo("0");
    List<String> kinds = new ArrayList<>();
    lot.at("/history/items").forEach(e -> kinds.add(e.get("kind").asText()));
    assertThat(kinds).containsExactly("TRANSFERRED_IN", "ALLOCATED", "TRANSFERRED_OUT", "RETIRED");
    assertThat(lot.at("/history/next").isNull()).isTrue();
    for (JsonNode e : lot.at("/history/items")) {
      assertThat(e.at("/ledger/txHash").asText()).matches("0x[0-9a-f]{64}");
      assertThat(e.at("/ledger/blockNumber").asLong()).isPositive();
    }
    assertThat(lot.at("/history/items/3/retirementId").asText()).isEqualTo(story.retirement());
    assertThat(lot.at("/retirements/items/0/id").asText()).isEqualTo(story.retirement());
    assertThat(lot.at("/retirements/items/0/beneficiary").asText())
        .isEqualTo("Fleet Co. Scope 3 2026");
  }

  @Test
  void showsTheCustodyPathUpToTheMintedRootAndDownToTheChildren() {
    JsonNode child = explore("/lots/" + story.child()).json();
    JsonNode root = explore("/lots/" + story.root()).json();

    assertThat(child.at("/custodyUp/0/id").asText()).isEqualTo(story.root());
    assertThat(child.at("/custodyUp/0/owner").asText()).isEqualTo(story.rootOwner());
    assertThat(child.get("custodyUp")).hasSize(1);
    assertThat(root.get("custodyUp")).isEmpty();
    assertThat(child.at("/children/items/0/id").asText()).isEqualTo(story.grandchild());
    JsonNode grandchild = explore("/lots/" + story.grandchild()).json();
    assertThat(texts(grandchild.get("custodyUp"), "id"))
        .containsExactly(story.child(), story.root());
    assertThat(root.at("/children/items/0/id").asText()).isEqualTo(story.child());
    assertThat(root.at("/history/items/0/kind").asText()).isEqualTo("MINTED");
    assertThat(root.at("/history/items/1/kind").asText()).isEqualTo("TRANSFERRED_OUT");
  }

  @Test
  void findsALotByItsIdItsOwnerItsProjectOrItsFacility() {
    JsonNode root = explore("/lots/" + story.root()).json().get("lot");

    assertThat(ids("/lots?q=" + story.root())).containsExactly(story.root());
    assertThat(ids("/lots?q=urn:uuid:" + story.root())).containsExactly(story.root());
    assertThat(ids("/lots?q=" + story.childOwner())).containsExactly(story.child());
    assertThat(ids("/lots?q=" + story.rootOwner())).containsExactly(story.root());
    assertThat(ids("/lots?q=" + root.get("projectId").asText())).contains(story.root());
    assertThat(ids("/lots?q=" + root.get("facilityId").asText())).contains(story.root());
    assertThat(ids("/lots?q=nobody-" + story.root())).isEmpty();
  }

  @Test
  void pagesAreStableWhenNewLotsArriveAndTheLastPageHasNoNext() {
    String receiver = api().organisation(List.of(), "writer");
    List<String> made = new ArrayList<>();
    String source = mintedLot("5");
    for (int i = 0; i < 3; i++) {
      made.add(0, transferTo(source, receiver, "1"));
    }

    JsonNode first = explore("/lots?q=" + receiver + "&limit=2").json();
    String next = first.get("next").asText();
    transferTo(source, receiver, "1"); // newest: must not shift the pages after the cursor
    JsonNode second = explore("/lots?q=" + receiver + "&limit=2&after=" + next).json();

    assertThat(texts(first.get("items"), "id")).containsExactly(made.get(0), made.get(1));
    assertThat(texts(second.get("items"), "id")).containsExactly(made.get(2));
    assertThat(second.get("next").isNull()).isTrue();
    assertThat(explore("/lots?limit=1").json().get("items")).hasSize(1);
  }

  @Test
  void refusesBadParametersWithProblems() {
    String sequenceCursor =
        explore("/lots/" + story.root() + "/events?limit=1").json().get("next").asText();
    Map<String, String> refusals =
        Map.ofEntries(
            Map.entry("/lots?limit=0", "invalid-limit"),
            Map.entry("/lots?limit=101", "invalid-limit"),
            Map.entry("/lots?limit=ten", "invalid-limit"),
            Map.entry("/lots?after=not-a-cursor", "invalid-cursor"),
            Map.entry("/lots?after=" + sequenceCursor, "invalid-cursor"),
            Map.entry("/retirements?after=dDpub3QtYS10aW1l", "invalid-cursor"),
            Map.entry("/anchors?after=czotMQ", "invalid-cursor"),
            Map.entry("/lots?q=a%01b", "invalid-query"),
            Map.entry("/lots?q=" + "x".repeat(257), "invalid-query"),
            Map.entry("/lots/not-a-uuid", "invalid-id"),
            Map.entry("/retirements?lot=nope", "invalid-id"),
            Map.entry("/tx/0x1234", "invalid-tx-hash"));
    refusals.forEach(
        (path, type) -> {
          HttpResult r = explore(path);
          assertThat(r.isProblem(400)).as(path + " → " + r).isTrue();
          assertThat(r.json().get("type").asText()).as(path).endsWith("/" + type);
        });
    for (String path : List.of("/lots?q=a%00b", "/lots?after=%00", "/lots/%00")) {
      assertThat(explore(path).status()).as(path).isEqualTo(400);
    }
  }

  @Test
  void answersUnknownRecordsWith404Problems() {
    String unknown = "00000000-0000-4000-8000-000000000000";
    assertThat(explore("/lots/" + unknown).isProblem(404)).isTrue();
    assertThat(explore("/retirements/" + unknown).isProblem(404)).isTrue();
    assertThat(explore("/retirements/" + unknown + "/certificate").isProblem(404)).isTrue();
    assertThat(explore("/organisations/no-such-organisation").isProblem(404)).isTrue();
    HttpResult tx = explore("/tx/0x" + "0".repeat(64));
    assertThat(tx.status()).isEqualTo(200);
    assertThat(tx.json().get("lotEvents")).isEmpty();
  }

  @Test
  void servesTheCertificateAsADownloadWithAVerifyLink() throws Exception {
    HttpResult detail = explore("/retirements/" + story.retirement());
    HttpResult file = explore("/retirements/" + story.retirement() + "/certificate");

    assertThat(detail.status()).as(detail.toString()).isEqualTo(200);
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.header("Content-Disposition"))
        .isEqualTo(
            "attachment; filename=\"retirement-certificate-" + story.retirement() + ".json\"");
    JsonNode certificate = new ObjectMapper().readTree(file.body());
    assertThat(certificate).isEqualTo(story.retirementView().get("certificate"));
    assertThat(detail.json().get("certificate")).isEqualTo(certificate);
    String certificateUrl = detail.json().get("certificateUrl").asText();
    assertThat(certificateUrl)
        .isEqualTo(
            "http://localhost:"
                + port
                + "/explorer/api/retirements/"
                + story.retirement()
                + "/certificate");
    assertThat(detail.json().get("verifyUrl").asText())
        .isEqualTo(
            "http://localhost:8082/?credential="
                + URLEncoder.encode(certificateUrl, StandardCharsets.UTF_8));
  }

  @Test
  void listsRetirementsNewestFirstOverallAndOfOneLot() {
    JsonNode ofLot = explore("/retirements?lot=" + story.child()).json();
    JsonNode all = explore("/retirements?limit=100").json();

    assertThat(texts(ofLot.get("items"), "id")).containsExactly(story.retirement());
    assertThat(texts(all.get("items"), "id")).contains(story.retirement());
    List<String> times = texts(all.get("items"), "retiredAt");
    assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void showsEveryRecordOfATransaction() {
    JsonNode retirement = explore("/retirements/" + story.retirement()).json();
    String tx = retirement.at("/retirement/ledger/txHash").asText();

    JsonNode view = explore("/tx/" + tx.toUpperCase().replace("0X", "0x")).json();

    assertThat(view.get("txHash").asText()).isEqualTo(tx);
    assertThat(texts(view.get("retirements"), "id")).containsExactly(story.retirement());
    assertThat(texts(view.get("lotEvents"), "kind")).containsExactly("RETIRED");
    assertThat(view.at("/lotEvents/0/lotId").asText()).isEqualTo(story.child());
  }

  @Test
  void showsAnOrganisationsAccreditationHistoryWithItsTransactions() {
    JsonNode organisation = explore("/organisations/" + story.rootOwner()).json();

    assertThat(organisation.get("dids")).hasSize(1);
    JsonNode accredited = organisation.at("/accreditations/items/0");
    assertThat(accredited.get("kind").asText()).isEqualTo("ACCREDITED");
    assertThat(accredited.get("role").asText()).isEqualTo("ISSUER");
    String tx = accredited.at("/ledger/txHash").asText();
    JsonNode view = explore("/tx/" + tx).json();
    assertThat(texts(view.get("trustEvents"), "did"))
        .containsExactly(organisation.get("dids").get(0).asText());
    JsonNode page = explore("/organisations?limit=100").json();
    assertThat(page.get("items")).isNotEmpty();
  }

  @Test
  void listsAnchoredBatchesWithTheirTransactions() throws Exception {
    byte[] hash =
        MessageDigest.getInstance("SHA-256")
            .digest(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    String digest = "sha256:" + HexFormat.of().formatHex(hash);
    api().post("/anchors", api().writer(), "{\"digest\":\"" + digest + "\"}");
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> !explore("/anchors?limit=1").json().get("items").isEmpty());

    JsonNode batch = explore("/anchors?limit=1").json().at("/items/0");

    assertThat(batch.get("size").asInt()).isPositive();
    assertThat(batch.at("/ledger/blockTime").asText()).isNotEmpty();
    JsonNode view = explore("/tx/" + batch.at("/ledger/txHash").asText()).json();
    assertThat(view.at("/anchorBatches/0/id").asLong()).isEqualTo(batch.get("id").asLong());
  }

  @Test
  void needsNoTokenToReadButStillOneToWrite() {
    String body = claim("1").body();
    Map<String, Long> before = tables();

    HttpResult mint = api().post("/lots", null, body);
    HttpResult explorerPost = api().post("/explorer/api/lots", null, "{}");
    HttpResult transfer =
        api()
            .post(
                "/lots/" + story.root() + "/transfers",
                null,
                "{\"to\":\"" + story.childOwner() + "\",\"quantity\":1}");

    assertThat(mint.isProblem(401)).as(mint.toString()).isTrue();
    assertThat(explorerPost.isProblem(401)).as(explorerPost.toString()).isTrue();
    assertThat(transfer.isProblem(401)).as(transfer.toString()).isTrue();
    assertThat(tables()).isEqualTo(before);
  }

  @Test
  void thePageAndTheApiAllowNothingFromOtherHosts() {
    HttpResult page = api().get("/", null);
    HttpResult data = explore("/lots?limit=1");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<html lang=\"en\">").doesNotContain("http://", "https://");
    for (HttpResult r : List.of(page, data)) {
      assertThat(r.header("Content-Security-Policy")).startsWith("default-src 'self'");
    }
    for (String asset : List.of("/explorer/explorer.js", "/explorer/explorer.css")) {
      HttpResult r = api().get(asset, null);
      assertThat(r.status()).as(asset).isEqualTo(200);
      assertThat(r.body()).as(asset).doesNotContain("http://", "https://", "//cdn", "@import");
    }
  }

  private List<String> ids(String path) {
    HttpResult r = explore(path);
    assertThat(r.status()).as(path + " → " + r).isEqualTo(200);
    return texts(r.json().get("items"), "id");
  }

  private static List<String> texts(JsonNode items, String field) {
    List<String> values = new ArrayList<>();
    items.forEach(i -> values.add(i.get(field).asText()));
    return values;
  }
}
