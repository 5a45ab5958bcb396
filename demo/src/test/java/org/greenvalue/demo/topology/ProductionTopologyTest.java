package org.greenvalue.demo.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.greenvalue.demo.stack.ServiceProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production topology (issue 14) without Docker: Debian's PostgreSQL, anvil with interval
 * mining, two instances of each service in the production profile over TLS, a mixed load whose
 * clients alternate between the instances, and one instance of each service killed with {@code kill
 * -9} in the middle of it. Tagged {@code topology}: only the Maven profile {@code topology} runs it
 * (about 7 minutes with the build), as {@code .ci/run} does after {@code ./mvnw verify}.
 */
@Tag("integration")
@Tag("topology")
class ProductionTopologyTest {
  private static final int ROUNDS = 36;
  private static final int WORKERS = 3;
  private static final String ORG = "acme-steel";

  @TempDir Path dir;

  @Test
  void twoInstancesOfEachServiceShareTheLoadAndSurviveLosingOneOfEach() throws Exception {
    Path root = Path.of(System.getProperty("gvr.root", "..")).toAbsolutePath().normalize();
    Path postgres =
        PostgresCluster.debianServer()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "Debian's PostgreSQL server is not installed"
                            + " (apt-get install postgresql; .ci/run does it)"));
    List<String> progress = new ArrayList<>();
    try (Topology topology = Topology.start(dir, root, postgres, progress::add)) {
      try {
        run(topology);
      } catch (AssertionError | Exception e) {
        printLogTails(topology);
        throw e;
      }
    } finally {
      progress.forEach(System.out::println);
    }
  }

  private void run(Topology topology) throws Exception {
    Api api = new Api(topology.http());
    PostgresCluster db = topology.database();

    // the cluster as the deployment has it: durable commits, services without DDL rights
    assertThat(db.query("postgres", "SHOW fsync")).containsExactly("on");
    assertThat(db.query("postgres", "SHOW synchronous_commit")).containsExactly("on");
    for (String service : Topology.SERVICES) {
      assertThat(
              db.query(
                  service,
                  "SELECT has_schema_privilege('"
                      + service
                      + "_app', 'public', 'CREATE'),"
                      + " has_database_privilege('"
                      + service
                      + "_app', '"
                      + service
                      + "', 'CREATE'), (SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                      + " AND tableowner <> '"
                      + service
                      + "')"))
          .containsExactly("f|f|0");
    }

    Parties parties = Parties.obtain(api, topology);
    List<URI> issuers = urls(topology, "issuer");
    String did = setUpOrganisation(api, topology, parties);
    MixedLoad load = new MixedLoad(api, parties, did, topology);

    // a key rotated on one issuer instance is used by the other within 5 s
    JsonNode before = load.issueAt(issuers.get(1));
    assertThat(before).isNotNull();
    String rotated =
        api.post(
                issuers.get(0).resolve("/organisations/" + ORG + "/keys/rotation"),
                parties.admin(),
                "{\"type\":\"ED25519\"}")
            .expect(201)
            .json()
            .get("id")
            .asText();
    assertThat(verificationMethod(before)).isNotEqualTo(rotated);
    await()
        .atMost(Duration.ofSeconds(5))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> verificationMethod(load.issueAt(issuers.get(1))), rotated::equals);

    // PACT pages are the same from either instance
    assertThat(pactPage(api, issuers.get(0), parties))
        .isEqualTo(pactPage(api, issuers.get(1), parties));

    // the mixed load, clients alternating between instances; kill -9 of one of each half-way
    try (var workers = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < WORKERS; i++) {
        running.add(workers.submit(() -> load.work(ROUNDS)));
      }
      await().atMost(Duration.ofMinutes(3)).until(() -> load.roundsStarted() >= ROUNDS / 2);
      for (String service : Topology.SERVICES) {
        topology.tier(service).instances().get(1).kill();
      }
      load.secondInstancesKilled();
      for (Future<?> worker : running) {
        worker.get();
      }
    }
    System.out.printf(
        "load: %d issued, %d digests, %d suspended, %d verified, %d PACT reads; %d accepted after"
            + " the kill, %d connections lost%n",
        load.issued.size(),
        load.anchored.size(),
        load.suspended.size(),
        load.verified.get(),
        load.pactReads.get(),
        load.acceptedAfterKill.get(),
        load.lostConnections.get());
    assertThat(load.unexpected).as("answers neither accepted nor lost with an instance").isEmpty();

    // the survivors carry on
    for (String service : Topology.SERVICES) {
      ServiceProcess survivor = topology.tier(service).instances().get(0);
      assertThat(api.ready(survivor.baseUrl())).as(survivor.name()).isTrue();
    }
    assertThat(load.acceptedAfterKill.get()).isGreaterThan(0);

    // no accepted write is lost: every credential, status change and digest
    Set<String> stored = new HashSet<>(db.query("issuer", "SELECT id FROM issued_credentials"));
    assertThat(stored).containsAll(load.issued.stream().map(vc -> vc.get("id").asText()).toList());
    // a status lives in the registry's lists only: each accepted suspension's entry is set there
    Map<String, String> suspensionEntry = new HashMap<>();
    for (String row :
        db.query(
            "issuer",
            "SELECT c.id || ' ' || (e->>'listId') || ':' || (e->>'index') FROM issued_credentials c,"
                + " jsonb_array_elements(c.status_entries::jsonb) e"
                + " WHERE e->>'purpose' = 'suspension'")) {
      suspensionEntry.put(row.substring(0, row.indexOf(' ')), row.substring(row.indexOf(' ') + 1));
    }
    Set<String> setEntries =
        new HashSet<>(
            db.query(
                "registry", "SELECT list_id || ':' || idx FROM status_entries WHERE status <> 0"));
    for (String id : load.suspended) {
      assertThat(setEntries).as("suspension of " + id).contains(suspensionEntry.get(id));
    }
    // every digest is sent, and every digest sent is anchored at the registry: its last batch may
    // still be waiting for its block when the load ends, so wait for the receipts, not the queue
    await()
        .atMost(Duration.ofMinutes(3))
        .until(
            () ->
                db.query(
                    "issuer",
                    "SELECT count(*) FROM anchor_outbox"
                        + " WHERE state NOT IN ('SUBMITTED', 'ANCHORED')"),
            rows -> rows.equals(List.of("0")));
    await()
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              Set<String> anchored =
                  new HashSet<>(db.query("registry", "SELECT digest FROM current_anchor_receipts"));
              return anchored.containsAll(db.query("issuer", "SELECT digest FROM anchor_outbox"))
                  && db.query("registry", "SELECT count(*) FROM anchor_pending")
                      .equals(List.of("0"))
                  && db.query(
                          "registry",
                          "SELECT count(*) FROM anchor_batches WHERE state <> 'ANCHORED'")
                      .equals(List.of("0"));
            });
    // and the issuers learn it
    await()
        .atMost(Duration.ofMinutes(2))
        .until(
            () ->
                db.query("issuer", "SELECT count(*) FROM anchor_outbox WHERE state <> 'ANCHORED'"),
            rows -> rows.equals(List.of("0")));
    Set<String> receipts =
        new HashSet<>(db.query("registry", "SELECT digest FROM anchor_receipts"));
    assertThat(receipts).containsAll(load.anchored);
    assertThat(receipts).containsAll(db.query("issuer", "SELECT digest FROM anchor_outbox"));

    // no digest anchored twice: on chain, each batch once and as many leaves as receipts
    List<AnchorEvents.Batch> onChain =
        AnchorEvents.read(
            topology.chain().rpcUrl(),
            topology.contracts().get("GVR_REGISTRY_LEDGER_CONTRACTS_ANCHOR_REGISTRY"));
    assertThat(onChain.stream().map(AnchorEvents.Batch::batchId).distinct())
        .hasSize(onChain.size());
    assertThat(onChain.stream().mapToLong(AnchorEvents.Batch::leafCount).sum())
        .isEqualTo(receipts.size());
    assertThat(db.query("registry", "SELECT count(*) FROM anchor_batches WHERE state = 'ANCHORED'"))
        .containsExactly(String.valueOf(onChain.size()));

    // each outbox row sent once: the registry took each digest once, and from the issuer alone; a
    // row sent again after a failed attempt (an instance killed with the request) keeps the reason
    assertThat(
            db.query(
                "issuer",
                "SELECT digest || ' sent ' || attempts || ' times' FROM anchor_outbox"
                    + " WHERE attempts <> 1 AND last_error IS NULL"))
        .as("outbox rows sent more than once with no failed attempt")
        .isEmpty();

    // no status index handed out twice, across both issuer instances and the registry
    List<String> entries = new ArrayList<>();
    for (JsonNode vc : load.issued) {
      for (JsonNode status : statuses(vc)) {
        entries.add(
            status.get("statusListCredential").asText()
                + "#"
                + status.get("statusListIndex").asText());
      }
    }
    assertThat(entries).doesNotHaveDuplicates().isNotEmpty();
    assertThat(
            db.query(
                "issuer",
                "SELECT count(*) FROM (SELECT e->>'listId', e->>'index' FROM issued_credentials,"
                    + " jsonb_array_elements(status_entries::jsonb) e GROUP BY 1, 2"
                    + " HAVING count(*) > 1) twice"))
        .containsExactly("0");
    assertThat(
            db.query(
                "issuer",
                "SELECT count(*) FROM status_entry_pool p JOIN issued_credentials c ON"
                    + " c.status_entries::jsonb @> jsonb_build_array(jsonb_build_object('listId',"
                    + " p.list_id, 'index', p.list_index))"))
        .containsExactly("0");
  }

  private static String setUpOrganisation(Api api, Topology topology, Parties parties)
      throws IOException {
    List<URI> issuers = urls(topology, "issuer");
    List<URI> registries = urls(topology, "registry");
    String did =
        api.post(
                issuers.get(0).resolve("/organisations"),
                parties.admin(),
                "{\"id\":\"%s\",\"name\":\"Acme Steel\",\"didMethod\":\"web\",\"clients\":[\"supplier\"]}"
                    .formatted(ORG))
            .expect(201)
            .json()
            .get("did")
            .asText();
    api.post(
            registries.get(1).resolve("/organisations"),
            parties.authority(),
            "{\"id\":\"%s\",\"name\":\"Acme Steel\",\"dids\":[\"%s\"],\"clients\":[\"issuer\"]}"
                .formatted(ORG, did))
        .expect(201);
    api.post(
            issuers.get(1).resolve("/organisations/" + ORG + "/pact-clients"),
            parties.supplier(),
            "{\"clientId\":\"pact-client\"}")
        .expect(201);
    return did;
  }

  private static String pactPage(Api api, URI issuer, Parties parties) throws IOException {
    return api.get(issuer.resolve("/3/footprints?limit=10"), parties.pact()).expect(200).body();
  }

  private static String verificationMethod(JsonNode vc) {
    return vc == null ? null : vc.path("proof").path("verificationMethod").asText(null);
  }

  private static Iterable<JsonNode> statuses(JsonNode vc) {
    JsonNode status = vc.path("credentialStatus");
    return status.isArray() ? status : List.of(status);
  }

  private static List<URI> urls(Topology topology, String service) {
    return topology.tier(service).instances().stream().map(ServiceProcess::baseUrl).toList();
  }

  private static void printLogTails(Topology topology) {
    for (String service : Topology.SERVICES) {
      var tier = topology.tier(service);
      if (tier == null) {
        continue;
      }
      Stream.of(tier.instances().toArray(ServiceProcess[]::new))
          .forEach(i -> System.out.println("---- " + i.name() + "\n" + i.tail()));
    }
  }
}
