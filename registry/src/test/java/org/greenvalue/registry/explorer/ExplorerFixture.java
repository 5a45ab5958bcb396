package org.greenvalue.registry.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.greenvalue.registry.greenvalue.LotFixture;
import org.greenvalue.registry.support.HttpResult;

/**
 * A minted lot with a transfer (to an organisation the writer also acts for), then of the
 * transferred lot an allocation, a further transfer (a third tier) and a retirement, all through
 * the registry's API on the real chain; the request bodies of those writes live here only.
 */
abstract class ExplorerFixture extends LotFixture {

  /** What {@link #custodyStory()} made. */
  record Story(
      String root,
      String rootOwner,
      String child,
      String childOwner,
      String grandchild,
      String retirement,
      JsonNode retirementView) {}

  Story custodyStory() {
    Claim claim = claim("10");
    HttpResult minted = mint(claim);
    assertThat(minted.status()).as(minted.toString()).isEqualTo(201);
    String root = minted.json().get("id").asText();
    String receiver = api().organisation(List.of(), "writer");
    String child = transferTo(root, receiver, "4");
    allocate(child, "batch-" + child.substring(0, 8), "1.5");
    String grandchild = transferTo(child, api().organisation(List.of(), "writer"), "0.5");
    JsonNode retirement = retire(child, "2");
    return new Story(
        root,
        claim.organisation(),
        child,
        receiver,
        grandchild,
        retirement.get("id").asText(),
        retirement);
  }

  String transferTo(String lot, String to, String tonnes) {
    HttpResult r =
        api()
            .post(
                "/lots/" + lot + "/transfers",
                api().writer(),
                LotFixture.transfer(to, tonnes, "INV-2026-0042"));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().get("childLotId").asText();
  }

  /** Allocates and returns the whole answer (the allocation view, with its ledger evidence). */
  JsonNode allocate(String lot, String batch, String tonnes) {
    HttpResult r =
        api()
            .post(
                "/lots/" + lot + "/allocations",
                api().writer(),
                "{\"productBatchId\":\""
                    + batch
                    + "\",\"siteId\":\"urn:gvr:site:plant-1\",\"period\":{\"start\":"
                    + "\"2026-01-01T00:00:00Z\",\"end\":\"2026-04-01T00:00:00Z\"},\"quantity\":"
                    + tonnes
                    + "}");
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json();
  }

  JsonNode retire(String lot, String tonnes) {
    HttpResult r =
        api()
            .post(
                "/lots/" + lot + "/retirements",
                api().writer(),
                "{\"beneficiary\":\"Fleet Co. Scope 3 2026\",\"purpose\":\"Scope 3 2026\","
                    + "\"reason\":\"INVENTORY_ACCOUNTING\",\"claimPeriod\":{\"start\":"
                    + "\"2026-01-01T00:00:00Z\",\"end\":\"2027-01-01T00:00:00Z\"},"
                    + "\"quantity\":"
                    + tonnes
                    + "}");
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json();
  }

  /** A POST by the writer that must answer {@code status}; its JSON answer. */
  JsonNode written(String path, String body, int status) {
    HttpResult r = api().post(path, api().writer(), body);
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    return r.json();
  }

  /** A GET of the public explorer API, with no token. */
  HttpResult explore(String path) {
    return api().get("/explorer/api" + path, null);
  }
}
