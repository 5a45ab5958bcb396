package org.greenvalue.registry.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.greenvalue.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every explorer query's plan on 100,000 lots (300,000 events, 50,000 transfers, 50,000 allocations
 * and as many claims, 20,000 retirements, 20,000 trust events, 10,000 anchor batches), seeded in a
 * transaction that is rolled back: each reads through an index, none scans a whole table.
 */
class ExplorerQueryPlanTest extends RegistryIntegrationTest {
  static final int LOTS = 100_000;

  @Autowired PlatformTransactionManager transactions;

  @Test
  void everyExplorerQueryReadsThroughAnIndexOn100000Lots() {
    Map<String, String> plans = new LinkedHashMap<>();
    TransactionTemplate tx = new TransactionTemplate(transactions);
    tx.executeWithoutResult(
        status -> {
          ExplorerSeed.seed(jdbc, "plan", LOTS);
          plans.putAll(plans());
          status.setRollbackOnly();
        });

    assertThat(plans).hasSize(25);
    plans.forEach(
        (query, plan) ->
            assertThat(plan).as(query + "\n" + plan).doesNotContain("Seq Scan").contains("Index"));
  }

  private Map<String, String> plans() {
    UUID lot = ExplorerSeed.lotId("plan", 70_000);
    UUID parent = ExplorerSeed.lotId("plan", 20_000);
    Timestamp at = Timestamp.from(Instant.now().minusSeconds(50_000));
    String tx = ExplorerSeed.txHash("plan-event", 3);
    Map<String, String> plans = new LinkedHashMap<>();
    plans.put("all lots", plan(ExplorerLots.searchSql(false, false, false), Map.of("n", 21)));
    plans.put(
        "all lots after",
        plan(ExplorerLots.searchSql(false, false, true), Map.of("n", 21, "at", at, "id", lot)));
    plans.put(
        "search",
        plan(ExplorerLots.searchSql(true, false, false), Map.of("n", 21, "q", "plan-org-7")));
    plans.put(
        "search by id after",
        plan(
            ExplorerLots.searchSql(true, true, true),
            Map.of("n", 21, "q", lot.toString(), "lot", lot, "at", at, "id", lot)));
    plans.put(
        "search by project after",
        plan(
            ExplorerLots.searchSql(true, false, true),
            Map.of("n", 21, "q", "urn:gvr:project:plan-9", "at", at, "id", lot)));
    plans.put("lot", plan("SELECT * FROM lots WHERE id = :id", Map.of("id", lot)));
    plans.put("events", plan(ExplorerLots.EVENTS, Map.of("lot", lot, "after", 0L, "n", 21)));
    plans.put(
        "children",
        plan(
            ExplorerLots.CHILDREN,
            Map.of("lot", parent, "at", Timestamp.from(Instant.EPOCH), "id", lot, "n", 21)));
    plans.put("events by tx", plan(ExplorerLots.EVENTS_BY_TX, Map.of("tx", tx, "n", 100)));
    plans.put("retirements", plan(ExplorerRetirements.listSql(false, false), Map.of("n", 21)));
    plans.put(
        "retirements after",
        plan(ExplorerRetirements.listSql(false, true), Map.of("n", 21, "at", at, "id", lot)));
    plans.put(
        "retirements of a lot",
        plan(ExplorerRetirements.listSql(true, false), Map.of("n", 21, "lot", lot)));
    plans.put(
        "retirements of a lot after",
        plan(
            ExplorerRetirements.listSql(true, true),
            Map.of("n", 21, "lot", lot, "at", at, "id", lot)));
    plans.put("retirement", plan("SELECT * FROM retirements WHERE id = :id", Map.of("id", lot)));
    plans.put("retirements by tx", plan(ExplorerRetirements.BY_TX, Map.of("tx", tx, "n", 100)));
    plans.put("organisations", plan(ExplorerTrust.ORGANISATIONS, Map.of("after", "", "n", 21)));
    plans.put(
        "organisation dids",
        plan(ExplorerTrust.DIDS, Map.of("ids", List.of("plan-org-1", "plan-org-2"))));
    plans.put(
        "accreditation history",
        plan(ExplorerTrust.HISTORY, Map.of("org", "plan-org-5", "after", 0L, "n", 21)));
    plans.put("trust events by tx", plan(ExplorerTrust.BY_TX, Map.of("tx", tx, "n", 100)));
    plans.put("anchors", plan(ExplorerAnchors.LIST, Map.of("after", Long.MAX_VALUE, "n", 21)));
    plans.put("anchors after", plan(ExplorerAnchors.LIST, Map.of("after", 5_000L, "n", 21)));
    plans.put(
        "transfers by tx",
        plan(
            ExplorerCustody.TRANSFERS_BY_TX,
            Map.of("tx", ExplorerSeed.txHash("plan-transfer", 60_000), "n", 100)));
    plans.put(
        "allocations by tx",
        plan(
            ExplorerCustody.ALLOCATIONS_BY_TX,
            Map.of("tx", ExplorerSeed.txHash("plan-allocation", 7), "n", 100)));
    plans.put(
        "claims by tx",
        plan(
            ExplorerCustody.CLAIMS_BY_TX,
            Map.of("tx", ExplorerSeed.txHash("plan-claim", 7), "n", 100)));
    plans.put("anchors by tx", plan(ExplorerAnchors.BY_TX, Map.of("tx", tx, "n", 100)));
    return plans;
  }

  private String plan(String sql, Map<String, Object> params) {
    StatementSpec spec = jdbc.sql("EXPLAIN " + sql);
    for (var p : params.entrySet()) {
      spec = spec.param(p.getKey(), p.getValue());
    }
    return String.join("\n", spec.query(String.class).list());
  }
}
