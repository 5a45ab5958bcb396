package org.greenvalue.issuer.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.greenvalue.issuer.support.Fixtures;
import org.greenvalue.issuer.support.IssuerIntegrationTest;
import org.greenvalue.registry.client.RegistryClient;
import org.greenvalue.registry.client.RegistryClientConfig;
import org.greenvalue.registry.client.StatusState;
import org.greenvalue.registry.client.support.RegistryProcess;
import org.greenvalue.service.problem.Problem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StatusEntriesTest extends IssuerIntegrationTest {
  @Autowired StatusPoolRepository pool;
  @Autowired StatusProperties properties;
  @Autowired StatusEntries entries;
  @Autowired RegistryClient registry;
  @Autowired IssuerDids organisations;

  @Test
  void keepsAPoolOfEntriesPerOrganisationAndHandsEachOutOnce() {
    String org = orgId("pooled");
    String did = Fixtures.organisation(http(), org, "web", "supplier").get("did").asText();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> pool.count(did, "revocation") == properties.poolSize());
    List<TakenEntry> first = entries.take(did);
    List<TakenEntry> second = entries.take(did);
    assertThat(first).extracting(TakenEntry::purpose).containsExactly("revocation", "suspension");
    assertThat(first.get(0).index()).isNotEqualTo(second.get(0).index());
    assertThat(first.get(0).json()).contains(registry().baseUrl().toString());
  }

  @Test
  void aRefillLargerThanOneBatchFillsThePoolWithDistinctEntriesOfTheIssuer() {
    String did = "did:web:" + UUID.randomUUID() + ".example";
    registry().admin().ensureOrganisation("refill-" + UUID.randomUUID(), List.of(did), "writer");
    StatusProperties large =
        new StatusProperties(
            List.of("revocation"), 600, properties.refillInterval(), properties.listRefresh());
    StatusEntries cut = new StatusEntries(organisations, pool, registry, large, Clock.systemUTC());

    assertThat(cut.refill(did)).isEqualTo(600);
    assertThat(pool.count(did, "revocation")).isEqualTo(600);
    assertThat(
            jdbc.sql(
                    "SELECT count(DISTINCT (list_id, list_index)) FROM status_entry_pool"
                        + " WHERE issuer_did = ?")
                .param(did)
                .query(Long.class)
                .single())
        .isEqualTo(600);
    assertThat(cut.refill(did)).isZero();

    TakenEntry taken = cut.take(did).get(0);
    StatusState set =
        registry.setStatus(
            "revocation", taken.listId(), taken.index(), true, null, UUID.randomUUID().toString());
    assertThat(set.issuer()).isEqualTo(did);
    assertThat(pool.count(did, "revocation")).isEqualTo(599);
  }

  @Test
  void withAnEmptyPoolAndTheRegistryAwayNothingCanBeIssued() throws Exception {
    RegistryClient away =
        new RegistryClient(
            RegistryClientConfig.writer(
                URI.create("http://localhost:" + RegistryProcess.freePort()), "writer", "x"));
    StatusEntries cut = new StatusEntries(organisations, pool, away, properties, Clock.systemUTC());
    assertThatThrownBy(() -> cut.take("did:web:nobody.example"))
        .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status().value()).isEqualTo(503));
    assertThat(cut.refill("did:web:nobody.example")).isZero();
  }
}
