package org.greenvalue.issuer.adversarial;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.greenvalue.issuer.IssuerApplication;
import org.greenvalue.service.testing.ServiceStarts;
import org.junit.jupiter.api.Test;

/**
 * Someone who read the README knows the issuer's demo clients and the registry writer the issuer
 * uses in the demo. Outside the dev profile the issuer refuses to start with any of their secrets,
 * and without clients at all.
 */
class StolenDemoSecretTest {

  @Test
  void refusesToStartWithTheSuppliersDemoSecretOutsideTheDevProfile() {
    assertThatThrownBy(() -> start(client("supplier", "supplier-secret", "issuer.supplier")))
        .rootCause()
        .hasMessageContaining("demo secret")
        .hasMessageContaining("gvr.auth.embedded.clients[0].secret");
  }

  @Test
  void refusesToStartWithTheRegistryWritersDemoSecretOutsideTheDevProfile() {
    List<String> args =
        new ArrayList<>(List.of(client("own", "an-own-secret-4b2c", "issuer.read")));
    args.add("--gvr.issuer.registry.client-id=writer");
    args.add("--gvr.issuer.registry.client-secret=writer-secret");
    assertThatThrownBy(() -> start(args.toArray(String[]::new)))
        .rootCause()
        .hasMessageContaining("gvr.issuer.registry.client-secret");
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
    List<String> all = new ArrayList<>(List.of(args));
    if (all.stream().noneMatch(a -> a.startsWith("--gvr.issuer.registry.client-id="))) {
      // a registry client of the issuer's own, so only the secret under test can be refused
      all.add("--gvr.issuer.registry.client-id=issuer-service");
      all.add("--gvr.issuer.registry.client-secret=an-own-registry-secret-9f3a");
    }
    ServiceStarts.start(IssuerApplication.class, "production", all.toArray(String[]::new)).close();
  }
}
