package org.greenvalue.verification.dids;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.registry.client.RegistryClient;
import org.greenvalue.registry.client.RegistryClientConfig;
import org.greenvalue.verification.TestServer;
import org.greenvalue.verification.WebIssuer;
import org.junit.jupiter.api.Test;

/** The registry's history is asked once per DID and time to live; "no history" is asked again. */
class RegistryKeyHistorySourceTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void aHistoryIsFetchedOnceWithinItsTimeToLiveAndAnUnknownDidEveryTime() throws Exception {
    WebIssuer issuer =
        new WebIssuer("k1")
            .version(Instant.parse("2025-01-01T00:00:00Z"), WebIssuer.change("CREATED"), "k1");
    try (TestServer server = new TestServer()) {
      server.answer(
          "/oauth2/token",
          200,
          "application/json",
          "{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":300}");
      String path = "/dids/history?did=" + RegistryClient.encode(issuer.did);
      server.answer(path, 200, "application/json", JsonDocuments.write(issuer.historyJson()));
      String unknown = "/dids/history?did=" + RegistryClient.encode("did:web:nobody.example");
      var source =
          new RegistryKeyHistorySource(
              new RegistryClient(
                  RegistryClientConfig.reader(URI.create(server.base()), "reader", "reader-secret"),
                  CLOCK),
              CLOCK,
              Duration.ofMinutes(1));

      for (int i = 0; i < 100; i++) {
        assertThat(source.historyOf(issuer.did).value()).isPresent();
        assertThat(source.historyOf("did:web:nobody.example").value()).isEmpty();
      }

      assertThat(server.hits(path)).isEqualTo(1);
      assertThat(server.hits(unknown)).isEqualTo(100);
      assertThat(source.historyOf(issuer.did).value().orElseThrow().versions()).hasSize(1);
    }
  }
}
