package org.greenvalue.credentials.did;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.greenvalue.common.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DidWebResolverTest {

  private static final String JSON = "application/did+json";
  private static DidWebTestServer server;

  @BeforeAll
  static void start() {
    server = new DidWebTestServer();
    server
        .serve(
            "/.well-known/did.json",
            JSON,
            DidDocumentParserTest.document(server.did()),
            Duration.ZERO)
        .serve(
            "/user/alice/did.json",
            "application/json; charset=utf-8",
            DidDocumentParserTest.document(server.did("user", "alice")),
            Duration.ZERO)
        .serve("/big/did.json", JSON, "{\"pad\":\"" + "x".repeat(70_000) + "\"}", Duration.ZERO)
        .serveEndless("/endless/did.json")
        .serve(
            "/slow/did.json",
            JSON,
            DidDocumentParserTest.document(server.did("slow")),
            Duration.ofSeconds(3))
        .serve(
            "/wrong/did.json",
            JSON,
            DidDocumentParserTest.document("did:web:evil.example"),
            Duration.ZERO)
        .serve("/broken/did.json", JSON, "{\"id\": ", Duration.ZERO)
        .serve(
            "/html/did.json",
            "text/html",
            DidDocumentParserTest.document(server.did("html")),
            Duration.ZERO);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static DidWebResolver resolver() {
    return new DidWebResolver(server.config(), new JdkHttpFetcher(), Clock.systemUTC());
  }

  @Test
  void resolvesTheWellKnownAndPathDocumentsOverLoopback() {
    var resolver = resolver();
    var root = resolver.resolve(server.did()).value();
    assertThat(root.id()).isEqualTo(server.did());
    var method =
        resolver
            .resolveVerificationMethod(
                server.did("user", "alice") + "#jwk", VerificationRelationship.ASSERTION_METHOD)
            .value();
    assertThat(method.key()).isEqualTo(DidDocumentParserTest.P256.publicKey());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "big, larger than",
    "endless, larger than",
    "slow, timed out",
    "wrong, is not",
    "broken, malformed JSON",
    "html, content type",
    "missing, HTTP 404"
  })
  void refusesHostileOrBrokenDocuments(String path, String reason) {
    var config = server.config(Duration.ofMillis(path.equals("slow") ? 300 : 10_000));
    var result =
        new DidWebResolver(config, new JdkHttpFetcher(), Clock.systemUTC())
            .resolve(server.did(path));
    assertThat(result.succeeded()).isFalse();
    assertThat(result.reason()).contains(reason);
  }

  @Test
  void refusesHostsNotAllowListedBeforeAnyRequest() {
    var calls = new AtomicInteger();
    HttpFetcher counting =
        (uri, limits) -> {
          calls.incrementAndGet();
          return Result.failure("should not be called");
        };
    var resolver =
        new DidWebResolver(
            DidWebConfig.httpsTo(Set.of("supplier.example")), counting, Clock.systemUTC());
    var result = resolver.resolve("did:web:evil.example:user:alice");
    assertThat(result.reason()).contains("not allow-listed");
    assertThat(resolver.resolve("did:web:supplier.example:..:x").succeeded()).isFalse();
    assertThat(calls).hasValue(0);
  }

  @Test
  void requiresHttpsUnlessConfiguredForLoopbackTests() {
    var captured = new AtomicReference<URI>();
    HttpFetcher capturing =
        (uri, limits) -> {
          captured.set(uri);
          return Result.failure("offline");
        };
    var https = DidWebConfig.httpsTo(Set.of("localhost"));
    new DidWebResolver(https, capturing, Clock.systemUTC()).resolve(server.did());
    assertThat(captured.get().getScheme()).isEqualTo("https");
    assertThat(
            new DidWebResolver(https, new JdkHttpFetcher(), Clock.systemUTC())
                .resolve(server.did())
                .succeeded())
        .isFalse();
  }

  @Test
  void reusesAResolvedDocumentUntilItsTimeToLiveEnds() {
    var now = new AtomicReference<>(Instant.parse("2025-06-01T00:00:00Z"));
    Clock clock =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now.get();
          }
        };
    var resolver = new DidWebResolver(server.config(), new JdkHttpFetcher(), clock);
    String did = server.did("user", "alice");
    int before = server.requests();
    resolver.resolve(did);
    resolver.resolve(did);
    assertThat(server.requests() - before).isEqualTo(1);
    now.set(now.get().plus(Duration.ofMinutes(2)));
    resolver.resolve(did);
    assertThat(server.requests() - before).isEqualTo(2);
  }

  @Test
  void composesDidKeyAndDidWebResolution() {
    var resolvers =
        DidResolvers.keyAndWeb(server.config(), new JdkHttpFetcher(), Clock.systemUTC());
    var key =
        org.greenvalue.credentials.keys.SigningKey.generate(
            org.greenvalue.credentials.keys.KeyType.ED25519);
    String didKey = DidKeyResolver.didFor(key.publicKey());
    assertThat(resolvers.supports(didKey)).isTrue();
    assertThat(resolvers.resolve(didKey).value()).isSameAs(resolvers.resolve(didKey).value());
    assertThat(resolvers.resolve(server.did()).succeeded()).isTrue();
    assertThat(resolvers.supports("did:ion:abc")).isFalse();
    assertThat(resolvers.resolve("did:ion:abc").reason()).contains("no resolver");
  }
}
