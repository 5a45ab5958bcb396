package org.greenvalue.issuer.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.greenvalue.issuer.support.Http;
import org.greenvalue.service.testing.TestDirectories;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The issuer with a registry URL that refuses connections: readiness is DOWN (its writes need the
 * registry), liveness stays UP, and the health details name the registry as the reason.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistryReadinessTest {
  private static final String TEST_MASTER_KEY = "dGVzdC1vbmx5LW1hc3Rlci1rZXktMzItYnl0ZXMhISE=";

  @LocalServerPort int port;

  @DynamicPropertySource
  static void registryThatRefuses(DynamicPropertyRegistry registry) throws IOException {
    Path home = TestDirectories.create("issuer-readiness");
    int refusing;
    try (ServerSocket socket = new ServerSocket(0)) {
      refusing = socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    registry.add("gvr.database.data-dir", () -> home.resolve("db").toString());
    registry.add("gvr.keys.master-key", () -> TEST_MASTER_KEY);
    registry.add("gvr.issuer.packs.dir", () -> home.resolve("packs").toString());
    registry.add("gvr.issuer.registry.url", () -> "http://127.0.0.1:" + refusing);
  }

  @Test
  void readinessIsDownAndLivenessUpWhileTheRegistryRefusesConnections() {
    Http http = new Http(port);

    Http.Reply readiness = http.get("/actuator/health/readiness", null);
    assertThat(readiness.status()).as(readiness.toString()).isEqualTo(503);
    assertThat(readiness.json().get("status").asText()).isEqualTo("DOWN");

    Http.Reply liveness = http.get("/actuator/health/liveness", null);
    assertThat(liveness.status()).as(liveness.toString()).isEqualTo(200);
    assertThat(liveness.json().get("status").asText()).isEqualTo("UP");

    Http.Reply details = http.get("/actuator/health", http.admin());
    assertThat(details.json().at("/components/registry/status").asText()).isEqualTo("DOWN");
    assertThat(details.json().at("/components/db/status").asText()).isEqualTo("UP");
  }
}
