package org.greenvalue.demo.topology;

import java.io.IOException;
import java.net.URI;

/**
 * The tokens the load acts with, each from its service's public URL (any instance signs them with
 * the service's shared key).
 *
 * @param authority the registry's trust authority
 * @param registryWriter the issuer service's registry client (anchors)
 * @param admin the issuer's administrator
 * @param supplier the organisation's issuing client
 * @param pact the buyer's PACT client
 * @param verifier the verifier's client
 */
record Parties(
    String authority,
    String registryWriter,
    String admin,
    String supplier,
    String pact,
    String verifier) {

  static Parties obtain(Api api, Topology topology) throws IOException {
    URI registry = topology.publicUrl("registry").resolve("/oauth2/token");
    URI issuer = topology.publicUrl("issuer").resolve("/oauth2/token");
    URI verifier = topology.publicUrl("verifier").resolve("/oauth2/token");
    return new Parties(
        api.token(
            registry,
            "authority",
            topology.clientSecret("registry", "authority"),
            "trust.authority registry.read"),
        api.token(
            registry,
            "issuer",
            topology.clientSecret("registry", "issuer"),
            "registry.write registry.read"),
        api.token(
            issuer, "admin", topology.clientSecret("issuer", "admin"), "issuer.admin issuer.read"),
        api.token(
            issuer,
            "supplier",
            topology.clientSecret("issuer", "supplier"),
            "issuer.supplier issuer.read"),
        api.token(
            topology.publicUrl("issuer").resolve("/auth/token"),
            "pact-client",
            topology.clientSecret("issuer", "pact-client"),
            "pact.read"),
        api.token(
            verifier, "admin", topology.clientSecret("verifier", "admin"), "verifier.verify"));
  }
}
