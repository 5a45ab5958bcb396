package org.greenvalue.registry.adversarial;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.greenvalue.registry.RegistryApplication;
import org.greenvalue.service.testing.ServiceStarts;
import org.junit.jupiter.api.Test;

/**
 * Someone who read the README knows the registry's demo clients (authority, writer, and the demo
 * organisations' own). Outside the dev profile the registry refuses to start with any of their
 * secrets, and without clients at all, so no token can be had for a published secret.
 */
class StolenDemoSecretTest {

  @Test
  void refusesToStartWithTheWritersDemoSecretOutsideTheDevProfile() {
    assertThatThrownBy(() -> start(client("writer", "writer-secret", "registry.write")))
        .rootCause()
        .hasMessageContaining("demo secret")
        .hasMessageContaining("gvr.auth.embedded.clients[0].secret");
  }

  @Test
  void refusesToStartWithTheTrustAuthoritysDemoSecretUnderAnotherClientId() {
    assertThatThrownBy(() -> start(client("my-authority", "authority-secret", "trust.authority")))
        .rootCause()
        .hasMessageContaining("demo secret");
  }

  @Test
  void refusesToStartWithADemoOrganisationsSecretOutsideTheDevProfile() {
    assertThatThrownBy(() -> start(client("steelco", "steelco-secret", "registry.write")))
        .rootCause()
        .hasMessageContaining("demo secret");
  }

  @Test
  void refusesToStartWithoutClientsOutsideTheDevProfile() {
    assertThatThrownBy(() -> start())
        .rootCause()
        .hasMessageContaining("no caller can be authenticated");
  }

  private static String[] client(String id, String secret, String scope) {
    return new String[] {
      "--gvr.auth.embedded.clients[0].id=" + id,
      "--gvr.auth.embedded.clients[0].secret=" + secret,
      "--gvr.auth.embedded.clients[0].scopes=" + scope
    };
  }

  private static void start(String... args) {
    List<String> all = new ArrayList<>();
    all.add("--gvr.registry.status-lists.public-base-url=https://registry.example");
    all.addAll(List.of(args));
    ServiceStarts.start(RegistryApplication.class, "production", all.toArray(String[]::new))
        .close();
  }
}
