package org.greenvalue.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.greenvalue.registry.support.Api;
import org.greenvalue.registry.support.HttpResult;
import org.greenvalue.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataAccessException;

class AuditLogTest extends RegistryIntegrationTest {

  @Test
  void everyWriteIsAuditedWithWhoWhatWhenAndItsTransaction() {
    Api api = api();
    String did = "did:web:audited-" + UUID.randomUUID() + ".example";
    api.post(
        "/trust/accreditations",
        api.authority(),
        """
        {"did":"%s","role":"ASSURANCE_PROVIDER","credentialType":"AssuranceCredential",
         "validFrom":"2025-01-01T00:00:00Z"}"""
            .formatted(did));

    HttpResult r = api.get("/audit?subject=" + did, api.reader());
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonNode entry = r.json().get("items").get(0);
    assertThat(entry.get("clientId").asText()).isEqualTo("authority");
    assertThat(entry.get("action").asText()).isEqualTo("trust.accredit");
    assertThat(entry.get("at").asText()).isNotBlank();
    assertThat(entry.get("txHash").asText()).startsWith("0x");
    assertThat(entry.at("/detail/role").asText()).isEqualTo("ASSURANCE_PROVIDER");
  }

  @Test
  void pagesNewestFirstAndFiltersByClientAndAction() {
    Api api = api();
    api.registeredDid("did:web:p.example");
    for (int i = 0; i < 3; i++) {
      api.post(
          "/status-lists/suspension/entries", api.writer(), "{\"issuer\":\"did:web:p.example\"}");
    }
    HttpResult page = api.get("/audit?clientId=writer&action=status.allocate&size=2", api.reader());
    assertThat(page.status()).isEqualTo(200);
    JsonNode items = page.json().get("items");
    assertThat(items).hasSize(2);
    assertThat(items.get(0).get("id").asLong()).isGreaterThan(items.get(1).get("id").asLong());
    assertThat(page.json().get("total").asLong()).isGreaterThanOrEqualTo(3);

    HttpResult next =
        api.get("/audit?clientId=writer&action=status.allocate&size=2&page=1", api.reader());
    assertThat(next.json().get("items").get(0).get("id").asLong())
        .isLessThan(items.get(1).get("id").asLong());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"size=0", "size=501", "page=-1", "size=ten", "from=yesterday"})
  void refusesABadPageOrFilter(String query) {
    Api api = api();
    HttpResult r = api.get("/audit?" + query, api.reader());
    assertThat(r.isProblem(400)).as(r.toString()).isTrue();
  }

  @Test
  void theAuditLogCannotBeRewritten() {
    Api api = api();
    api.registeredDid("did:web:a.example");
    api.post(
        "/status-lists/revocation/entries", api.writer(), "{\"issuer\":\"did:web:a.example\"}");
    api.post(
        "/trust/accreditations",
        api.authority(),
        """
        {"did":"did:web:a.example","role":"ISSUER","credentialType":"T",
         "validFrom":"2025-01-01T00:00:00Z"}""");
    assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET client_id = 'mallory'").update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM trust_events").update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("append-only");
  }
}
