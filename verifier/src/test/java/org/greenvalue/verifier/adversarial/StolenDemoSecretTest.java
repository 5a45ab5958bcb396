package org.greenvalue.verifier.adversarial;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.greenvalue.service.testing.ServiceStarts;
import org.greenvalue.verifier.VerifierApplication;
import org.junit.jupiter.api.Test;

/**
 * Someone who read the README knows the verifier's demo secrets and the registry reader's. Outside
 * the dev profile the verifier refuses to start with any of them, and without clients at all.
 */
class StolenDemoSecretTest {

  @Test
  void refusesToStartWithItsDemoClientSecretOutsideTheDevProfile() {
    assertThatThrownBy(
            () ->
                start(
                    "--gvr.auth.embedded.clients[0].id=verifier",
                    "--gvr.auth.embedded.clients[0].secret=verifier-secret",
                    "--gvr.auth.embedded.clients[0].scopes=verifier.verify"))
        .rootCause()
        .hasMessageContaining("demo secret")
        .hasMessageContaining("gvr.auth.embedded.clients[0].secret");
  }

  @Test
  void refusesToStartWithTheRegistryReadersDemoSecretOutsideTheDevProfile() {
    assertThatThrownBy(
            () ->
                start(
                    "--gvr.auth.embedded.clients[0].id=verifier",
                    "--gvr.auth.embedded.clients[0].secret=an-own-secret-7d1e",
                    "--gvr.auth.embedded.clients[0].scopes=verifier.verify",
                    "--gvr.verifier.registry.url=http://localhost:1",
                    "--gvr.verifier.registry.client-id=reader",
                    "--gvr.verifier.registry.client-secret=reader-secret"))
        .rootCause()
        .hasMessageContaining("gvr.verifier.registry.client-secret");
  }

  @Test
  void refusesToStartWithoutClientsOutsideTheDevProfile() {
    assertThatThrownBy(() -> start())
        .rootCause()
        .hasMessageContaining("no caller can be authenticated");
  }

  private static void start(String... args) {
    ServiceStarts.start(VerifierApplication.class, "production", args).close();
  }
}
