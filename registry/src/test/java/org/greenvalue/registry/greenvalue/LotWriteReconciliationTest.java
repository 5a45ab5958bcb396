package org.greenvalue.registry.greenvalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.credentials.subject.assurance.AssuranceOpinion;
import org.greenvalue.ledger.ContractAddresses;
import org.greenvalue.ledger.Ledger;
import org.greenvalue.ledger.LedgerConfig;
import org.greenvalue.ledger.Web3jLedger;
import org.greenvalue.ledger.chain.DevChain;
import org.greenvalue.registry.greenvalue.Claims.Issuer;
import org.greenvalue.registry.greenvalue.LotFixture.Claim;
import org.greenvalue.registry.support.Api;
import org.greenvalue.registry.support.Backends;
import org.greenvalue.registry.support.HttpResult;
import org.greenvalue.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A lot write whose transaction is mined only after the client's request timed out (anvil's
 * automine off, then one block mined by hand): the timed-out request records nothing but the
 * pending transaction, and a retry with the same Idempotency-Key records the mined transaction and
 * answers as a confirmed first attempt would have, instead of a 409 from the chain. Without a retry
 * the registry records it by itself, and a dropped transaction is never sent again for the client.
 */
@Tag("integration")
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "gvr.registry.ledger.receipt-timeout=3s",
      "gvr.registry.green-value.reconcile-interval=1s"
    })
class LotWriteReconciliationTest {
  private static DevChain chain;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Ledger ledger;

  @DynamicPropertySource
  static void ownChain(DynamicPropertyRegistry registry) throws IOException {
    chain = DevChain.start();
    ContractAddresses contracts;
    try (Ledger deployer =
        Web3jLedger.connect(LedgerConfig.of(chain.rpcUrl(), Backends.deployerKey(chain)))) {
      contracts = deployer.contracts();
    }
    RegistryIntegrationTest.register(
        registry,
        Backends.get().newDatabase("lot_writes"),
        chain.rpcUrl().toString(),
        Backends.deployerKey(chain),
        contracts);
  }

  /** A test that failed half-way must not leave the chain without automine for the next. */
  @AfterEach
  void mineAgain() throws Exception {
    rpc("evm_setAutomine", "[true]");
  }

  @AfterAll
  static void stopChain() {
    chain.close();
  }

  @Test
  void aWriteMinedAfterItsTimeoutIsRecordedByTheRetryAndAnsweredAsTheOriginal() throws Exception {
    Api api = new Api(port);
    String writer = api.writer();
    HttpResult minted = api.post("/lots", writer, claim(api).body(null));
    assertThat(minted.status()).as(minted.toString()).isEqualTo(201);
    String lot = minted.json().get("id").asText();
    String key = UUID.randomUUID().toString();
    String body = LotFixture.allocation("0.25");

    rpc("evm_setAutomine", "[false]");
    Map<String, Long> before = tables();
    long pendingBefore = count("lot_pending_writes");
    HttpResult timedOut = api.post("/lots/" + lot + "/allocations", writer, key, body);
    assertThat(timedOut.isProblem(504)).as(timedOut.toString()).isTrue();
    assertThat(timedOut.json().get("type").asText()).endsWith("/ledger-unconfirmed");
    String txHash = timedOut.json().get("txHash").asText();
    assertThat(tables()).isEqualTo(before);
    assertThat(count("lot_pending_writes")).isEqualTo(pendingBefore + 1);

    // still not mined: the retry waits for it again and sends nothing new
    HttpResult stillWaiting = api.post("/lots/" + lot + "/allocations", writer, key, body);
    assertThat(stillWaiting.isProblem(504)).as(stillWaiting.toString()).isTrue();
    assertThat(stillWaiting.json().get("txHash").asText()).isEqualTo(txHash);
    assertThat(tables()).isEqualTo(before);

    rpc("evm_mine", "[]");
    rpc("evm_setAutomine", "[true]");

    HttpResult retried = api.post("/lots/" + lot + "/allocations", writer, key, body);
    assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
    String allocation = retried.json().get("id").asText();
    assertThat(retried.json().at("/ledger/txHash").asText()).isEqualTo(txHash);
    assertThat(count("allocations")).isEqualTo(before.get("allocations") + 1);
    HttpResult lotView = api.get("/lots/" + lot, api.reader());
    assertThat(lotView.json().get("available").asText()).isEqualTo("0.75");

    HttpResult replayed = api.post("/lots/" + lot + "/allocations", writer, key, body);
    assertThat(replayed.status()).isEqualTo(201);
    assertThat(replayed.header("Idempotency-Replayed")).isEqualTo("true");
    assertThat(replayed.json().get("id").asText()).isEqualTo(allocation);
    assertThat(count("allocations")).isEqualTo(before.get("allocations") + 1);
  }

  @Test
  void aWriteMinedAfterItsTimeoutIsRecordedWithoutARetryAndTheRetryGetsTheSameAnswer()
      throws Exception {
    Api api = new Api(port);
    String writer = api.writer();
    String lot = mint(api, writer);
    String key = UUID.randomUUID().toString();
    String body = LotFixture.allocation("0.25");
    long allocations = count("allocations");

    String txHash = timedOut(api, writer, lot, key, body);
    rpc("evm_mine", "[]");
    rpc("evm_setAutomine", "[true]");

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> outcome(txHash).filter(o -> o.startsWith("RECORDED")).isPresent());
    assertThat(count("allocations")).isEqualTo(allocations + 1);
    assertThat(api.get("/lots/" + lot, api.reader()).json().get("available").asText())
        .isEqualTo("0.75");
    HttpResult retried = api.post("/lots/" + lot + "/allocations", writer, key, body);
    assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
    assertThat(retried.header("Idempotency-Replayed")).isEqualTo("true");
    assertThat(retried.json().at("/ledger/txHash").asText()).isEqualTo(txHash);
    assertThat(count("allocations")).isEqualTo(allocations + 1);
  }

  @Test
  void aDroppedTransactionIsAbandonedAndNothingIsSentForTheClient() throws Exception {
    Api api = new Api(port);
    String writer = api.writer();
    String lot = mint(api, writer);
    String key = UUID.randomUUID().toString();
    String body = LotFixture.allocation("0.5");
    long allocations = count("allocations");

    String txHash = timedOut(api, writer, lot, key, body);
    rpc("anvil_dropTransaction", "[\"" + txHash + "\"]");
    rpc("evm_setAutomine", "[true]");

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> outcome(txHash).filter(o -> o.startsWith("ABANDONED")).isPresent());
    assertThat(count("allocations")).isEqualTo(allocations);
    assertThat(transactionsOfTheWrite(txHash)).isEqualTo(1);
    // the client's own retry is its decision to send again
    HttpResult retried = api.post("/lots/" + lot + "/allocations", writer, key, body);
    assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
    assertThat(retried.json().at("/ledger/txHash").asText()).isNotEqualTo(txHash);
    assertThat(count("allocations")).isEqualTo(allocations + 1);
  }

  /** Allocates with automine off (left off): the request times out; its transaction's hash. */
  private static String timedOut(Api api, String writer, String lot, String key, String body)
      throws Exception {
    rpc("evm_setAutomine", "[false]");
    HttpResult timedOut = api.post("/lots/" + lot + "/allocations", writer, key, body);
    assertThat(timedOut.isProblem(504)).as(timedOut.toString()).isTrue();
    return timedOut.json().get("txHash").asText();
  }

  private String mint(Api api, String writer) {
    HttpResult minted = api.post("/lots", writer, claim(api).body(null));
    assertThat(minted.status()).as(minted.toString()).isEqualTo(201);
    return minted.json().get("id").asText();
  }

  /** What the registry settled the write of {@code txHash} as, once it has. */
  private java.util.Optional<String> outcome(String txHash) {
    return jdbc.sql(
            """
            SELECT r.outcome FROM lot_write_requests r JOIN lot_pending_writes p
              ON p.write_id = r.write_id
            WHERE p.tx_hash = ? AND r.settled_at IS NOT NULL""")
        .param(txHash)
        .query(String.class)
        .optional();
  }

  /** How many transactions were sent for the write that sent {@code txHash}. */
  private long transactionsOfTheWrite(String txHash) {
    return jdbc.sql(
            """
            SELECT count(*) FROM lot_pending_writes WHERE write_id =
              (SELECT write_id FROM lot_pending_writes WHERE tx_hash = ?)""")
        .param(txHash)
        .query(Long.class)
        .single();
  }

  private Claim claim(Api api) {
    Issuer issuer = accredited(api, LotFixture.REDUCTION_TYPE, "ISSUER");
    Issuer provider = accredited(api, LotFixture.ASSURANCE_TYPE, "ASSURANCE_PROVIDER");
    String reduction =
        Claims.sign(
            issuer,
            SubjectKind.EMISSION_REDUCTION,
            Claims.reduction("1").toJson(),
            SecuringFormat.EDDSA_RDFC_2022);
    String digest = Claims.digest(reduction);
    String assurance =
        Claims.sign(
            provider,
            SubjectKind.ASSURANCE,
            Claims.assurance(digest, Claims.ROOT, AssuranceOpinion.UNMODIFIED),
            SecuringFormat.EDDSA_RDFC_2022);
    return new Claim(reduction, assurance, digest, Claims.anchor(ledger, digest));
  }

  private static Issuer accredited(Api api, String type, String role) {
    Issuer issuer = Issuer.generate();
    api.organisation(List.of(issuer.did()), "writer");
    HttpResult r =
        api.post(
            "/trust/accreditations",
            api.authority(),
            """
            {"did":"%s","role":"%s","credentialType":"%s","validFrom":"2020-01-01T00:00:00Z"}"""
                .formatted(issuer.did(), role, type));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return issuer;
  }

  private Map<String, Long> tables() {
    return List.of("lots", "lot_events", "allocations", "audit_log", "idempotency_keys").stream()
        .collect(Collectors.toMap(t -> t, this::count));
  }

  private long count(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
  }

  private static void rpc(String method, String params) throws Exception {
    String body =
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"%s\",\"params\":%s}".formatted(method, params);
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(chain.rpcUrl().toString()))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.body()).as(method).doesNotContain("\"error\"");
  }
}
