package org.greenvalue.issuer.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.did.DidResolvers;
import org.greenvalue.credentials.did.DidWebConfig;
import org.greenvalue.credentials.did.DidWebResolver;
import org.greenvalue.credentials.did.JdkHttpFetcher;
import org.greenvalue.credentials.securing.CredentialVerifier;
import org.greenvalue.registry.client.support.RegistryProcess;
import org.greenvalue.service.testing.TestDirectories;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The issuer in-process on a fixed free port, with its own embedded PostgreSQL (the kit's default,
 * in a temporary directory) and the real registry running as a separate process ({@link
 * RegistryProcess}). All subclasses share one application context.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
public abstract class IssuerIntegrationTest {
  /** A test-only master key (32 bytes, base64). */
  private static final String TEST_MASTER_KEY = "dGVzdC1vbmx5LW1hc3Rlci1rZXktMzItYnl0ZXMhISE=";

  protected static final int PORT = freePort();
  private static final Path HOME = TestDirectories.create("issuer-test");

  @Autowired protected JdbcClient jdbc;

  @DynamicPropertySource
  static void backends(DynamicPropertyRegistry registry) {
    RegistryProcess backend = RegistryProcess.get();
    registry.add("server.port", () -> PORT);
    registry.add("gvr.database.data-dir", () -> HOME.resolve("db").toString());
    registry.add("gvr.keys.master-key", () -> TEST_MASTER_KEY);
    registry.add("gvr.issuer.packs.dir", () -> HOME.resolve("packs").toString());
    registry.add("gvr.issuer.packs.max-file-size", () -> "256KB");
    registry.add("gvr.issuer.packs.max-request-size", () -> "1MB");
    registry.add("gvr.issuer.registry.url", () -> backend.baseUrl().toString());
    registry.add("gvr.issuer.status.pool-size", () -> "3");
    registry.add("gvr.issuer.status.refill-interval", () -> "500ms");
    registry.add("gvr.issuer.anchoring.interval", () -> "100ms");
    registry.add("gvr.issuer.anchoring.initial-backoff", () -> "200ms");
    registry.add("gvr.issuer.anchoring.max-backoff", () -> "2s");
    registry.add("gvr.issuer.pact.interval", () -> "100ms");
    registry.add("gvr.issuer.pact.initial-backoff", () -> "200ms");
    registry.add("gvr.issuer.pact.max-backoff", () -> "1s");
    registry.add("gvr.issuer.pact.recipients[0].source", () -> PactRecipientHost.SOURCE);
    registry.add("gvr.issuer.pact.recipients[0].events-url", PactRecipientHost::eventsUrl);
    registry.add("gvr.issuer.pact.recipients[0].token-url", PactRecipientHost::tokenUrl);
    registry.add("gvr.issuer.pact.recipients[0].client-id", () -> PactRecipientHost.CLIENT_ID);
    registry.add(
        "gvr.issuer.pact.recipients[0].client-secret", () -> PactRecipientHost.CLIENT_SECRET);
    // the same host under a second source, allowed to receive one organisation's footprints only
    registry.add("gvr.issuer.pact.recipients[1].source", () -> PactRecipientHost.RESTRICTED_SOURCE);
    registry.add("gvr.issuer.pact.recipients[1].events-url", PactRecipientHost::eventsUrl);
    registry.add("gvr.issuer.pact.recipients[1].token-url", PactRecipientHost::tokenUrl);
    registry.add("gvr.issuer.pact.recipients[1].client-id", () -> PactRecipientHost.CLIENT_ID);
    registry.add(
        "gvr.issuer.pact.recipients[1].client-secret", () -> PactRecipientHost.CLIENT_SECRET);
    registry.add(
        "gvr.issuer.pact.recipients[1].organisations[0]", () -> PactRecipientHost.ALLOWED_ORG);
    registry.add("gvr.issuer.pact.recipients[0].senders[0]", () -> "pact-client");
    // a third source whose requests only another client may send
    registry.add("gvr.issuer.pact.recipients[2].source", () -> PactRecipientHost.BOUND_SOURCE);
    registry.add("gvr.issuer.pact.recipients[2].events-url", PactRecipientHost::eventsUrl);
    registry.add("gvr.issuer.pact.recipients[2].token-url", PactRecipientHost::tokenUrl);
    registry.add("gvr.issuer.pact.recipients[2].client-id", () -> PactRecipientHost.CLIENT_ID);
    registry.add(
        "gvr.issuer.pact.recipients[2].client-secret", () -> PactRecipientHost.CLIENT_SECRET);
    registry.add("gvr.issuer.pact.recipients[2].senders[0]", () -> "another-pact-client");
    // a fourth source without limits: what a client sees is decided by its own bindings
    registry.add("gvr.issuer.pact.recipients[3].source", () -> PactRecipientHost.OPEN_SOURCE);
    registry.add("gvr.issuer.pact.recipients[3].events-url", PactRecipientHost::eventsUrl);
    registry.add("gvr.issuer.pact.recipients[3].token-url", PactRecipientHost::tokenUrl);
    registry.add("gvr.issuer.pact.recipients[3].client-id", () -> PactRecipientHost.CLIENT_ID);
    registry.add(
        "gvr.issuer.pact.recipients[3].client-secret", () -> PactRecipientHost.CLIENT_SECRET);
  }

  protected Http http() {
    return new Http(PORT);
  }

  protected static RegistryProcess registry() {
    return RegistryProcess.get();
  }

  /** Verifies as a verifier would: did:key, and did:web fetched over loopback HTTP from us. */
  protected static CredentialVerifier verifier() {
    DidWebConfig web =
        new DidWebConfig(
            Set.of("localhost"),
            Duration.ofSeconds(5),
            Duration.ofSeconds(5),
            DidWebConfig.DEFAULT_MAX_DOCUMENT_BYTES,
            Duration.ZERO,
            DidWebConfig.Transport.LOOPBACK_HTTP_FOR_TESTS);
    return new CredentialVerifier(
        new DidResolvers(
            java.util.List.of(
                new DidKeyResolver(),
                new DidWebResolver(web, new JdkHttpFetcher(), Clock.systemUTC()))),
        Clock.systemUTC());
  }

  /**
   * A stored credential of {@code org} (placeholder content) with its anchoring outbox row in
   * {@code state}, tried {@code attempts} times and next due at {@code due}; returns its digest.
   */
  protected String outboxRow(String org, String state, int attempts, Instant due) {
    String id = "urn:uuid:" + UUID.randomUUID();
    String digest = "sha256:" + UUID.randomUUID().toString().replace("-", "").repeat(2);
    jdbc.sql(
            """
            INSERT INTO issued_credentials (id, org_id, kind, format, digest, credential,
              status_entries, created_at) VALUES (?, ?, 'VerifiableCredential', 'vc+jwt', ?, 'x',
              '[]', now())""")
        .params(id, org, digest)
        .update();
    jdbc.sql(
            """
            INSERT INTO anchor_outbox (digest, credential_id, state, attempts, next_attempt_at,
              created_at) VALUES (?, ?, ?, ?, ?, now())""")
        .params(digest, id, state, attempts, Timestamp.from(due))
        .update();
    return digest;
  }

  protected long count(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
  }

  /** A fresh organisation id. */
  protected static String orgId(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static int freePort() {
    try {
      return RegistryProcess.freePort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
