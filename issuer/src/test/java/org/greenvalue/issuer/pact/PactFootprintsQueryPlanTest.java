package org.greenvalue.issuer.pact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenvalue.issuer.support.IssuerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The plans of the PACT footprint queries on 20,000 footprints, seeded and analysed in a
 * transaction that is rolled back: each filter, compared case-insensitively, reads through its own
 * index (selective values, so that the index is the planner's choice); listing the active ones,
 * nearly all, reads in cursor order.
 */
class PactFootprintsQueryPlanTest extends IssuerIntegrationTest {
  static final int FOOTPRINTS = 20_000;

  @Autowired PlatformTransactionManager transactions;

  @Test
  void everyFilterReadsThroughItsIndexOn20000Footprints() {
    Map<String, String> plans = new LinkedHashMap<>();
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              seed();
              plans.putAll(plans());
              status.setRollbackOnly();
            });

    Map<String, String> indexes =
        Map.of(
            "productId", "footprints_product_ids_ci",
            "companyId", "footprints_company_ids_ci",
            "geography", "footprints_geographies_ci",
            "classification", "footprints_classifications_ci",
            "validOn", "footprints_validity_end",
            "validAfter", "footprints_validity_start",
            "validBefore", "footprints_validity_end",
            "deprecated", "footprints_status_ci",
            "active", "footprints_seq_key",
            "id", "footprints_id_ci");
    assertThat(plans).hasSize(10);
    plans.forEach(
        (query, plan) -> {
          assertThat(plan).as(query + "\n" + plan).doesNotContain("Seq Scan on footprints");
          assertThat(plan).as(query + "\n" + plan).contains(indexes.getOrDefault(query, "Index"));
        });
  }

  private Map<String, String> plans() {
    Map<String, String> plans = new LinkedHashMap<>();
    plans.put("productId", page(Map.of("productId", List.of("URN:PLAN:PRODUCT:12345"))));
    plans.put("companyId", page(Map.of("companyId", List.of("urn:plan:COMPANY:77"))));
    plans.put("geography", page(Map.of("geography", List.of("g17"))));
    plans.put("classification", page(Map.of("classification", List.of("URN:plan:class:5"))));
    plans.put("validOn", page(Map.of("validOn", List.of("2040-06-01T00:00:00Z"))));
    plans.put("validAfter", page(Map.of("validAfter", List.of("2039-01-01T00:00:00Z"))));
    plans.put("validBefore", page(Map.of("validBefore", List.of("2002-01-01T00:00:00Z"))));
    plans.put("active", page(Map.of("status", List.of("active"))));
    plans.put("deprecated", page(Map.of("status", List.of("DEPRECATED"))));
    String id =
        jdbc.sql(
                "SELECT upper(id) FROM footprints WHERE seq = (SELECT max(seq) - 7 FROM footprints)")
            .query(String.class)
            .single();
    plans.put("id", explain(PactFootprints.DOCUMENT, List.of("pact-client", id)));
    return plans;
  }

  private String page(Map<String, List<String>> params) {
    FootprintQuery query = FootprintQuery.from(params).onlyOrganisations(List.of("plan-org"));
    PactFootprints.Select select = PactFootprints.pageSelect(query);
    return explain(select.sql(), select.params());
  }

  private String explain(String sql, List<?> params) {
    return String.join("\n", jdbc.sql("EXPLAIN " + sql).params(params).query(String.class).list());
  }

  /**
   * Footprints whose filter values repeat 10 times each; 10 valid in 2040 only and 10 whose
   * validity ended in 2001, the others with the default period (ends between 2023 and 2026).
   */
  private void seed() {
    Instant now = Instant.now();
    jdbc.sql(
            "INSERT INTO organisations (id, name, did, did_method, clients, created_at)"
                + " VALUES ('plan-org', 'Plan', 'did:web:plan.example', 'web', '{}', ?)")
        .param(java.sql.Timestamp.from(now))
        .update();
    jdbc.sql(
            "INSERT INTO issued_credentials (id, org_id, kind, format, digest, credential,"
                + " status_entries, created_at) VALUES ('plan-credential', 'plan-org', 'footprint',"
                + " 'vc+jwt', 'plan-digest', '', '[]', ?)")
        .param(java.sql.Timestamp.from(now))
        .update();
    jdbc.sql(
            """
            INSERT INTO footprints (id, credential_id, org_id, status, product_ids, company_ids,
              geographies, classifications, period_start, period_end, document, created_at)
            SELECT md5('plan' || i)::uuid::text, 'plan-credential', 'plan-org', 'Active',
              ARRAY['urn:plan:product:' || i], ARRAY['urn:plan:company:' || i % 2000],
              ARRAY['G' || i % 2000], ARRAY['urn:plan:class:' || i % 2000],
              TIMESTAMPTZ '2019-01-01Z' + (i % 1000) * INTERVAL '1 day',
              TIMESTAMPTZ '2020-01-01Z' + (i % 1000) * INTERVAL '1 day',
              CASE i % 2000
                WHEN 0 THEN '{"validityPeriodStart":"2040-01-01T00:00:00Z",'
                  || '"validityPeriodEnd":"2041-01-01T00:00:00Z"}'
                WHEN 1 THEN '{"validityPeriodStart":"2000-01-01T00:00:00Z",'
                  || '"validityPeriodEnd":"2001-01-01T00:00:00Z"}'
                ELSE '{}' END,
              now()
            FROM generate_series(1, ?) AS i""")
        .param(FOOTPRINTS)
        .update();
    jdbc.sql("ANALYZE footprints").update();
  }
}
