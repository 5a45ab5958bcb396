package org.greenvalue.registry.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.greenvalue.registry.support.Api;
import org.greenvalue.registry.support.HttpResult;
import org.greenvalue.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;

class HealthAndMetricsTest extends RegistryIntegrationTest {

  @Test
  void healthReportsTheDatabaseAndTheLedgerWithChainIdAndBlock() {
    // Details (components) are shown to authenticated callers only.
    JsonNode health = api().get("/actuator/health", api().reader()).json();
    assertThat(health.get("status").asText()).isEqualTo("UP");
    assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
    assertThat(health.at("/components/ledger/status").asText()).isEqualTo("UP");
    assertThat(health.at("/components/ledger/details/chainId").asLong())
        .isEqualTo(ledger.chainId());
    assertThat(health.at("/components/ledger/details/blockNumber").isNumber()).isTrue();
  }

  @Test
  void metricsAreExposedToReaders() {
    Api api = api();
    api.get("/audit", api.reader());
    HttpResult r = api.get("/actuator/metrics/http.server.requests", api.reader());
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.json().get("measurements").get(0).get("value").asDouble()).isPositive();
  }

  @Test
  void theOpenApiDocumentDescribesEveryEndpoint() {
    JsonNode doc = api().get("/v3/api-docs", null).json();
    assertThat(doc.get("paths").fieldNames())
        .toIterable()
        .contains(
            "/trust/accreditations",
            "/trust/status-changes",
            "/trust/{did}",
            "/status-lists/{purpose}/entries",
            "/status-lists/{purpose}/{listId}/entries/{index}",
            "/status-lists/{purpose}/{listId}",
            "/audit");
  }
}
