package org.greenvalue.demo.story;

/**
 * The tokens of every party's client, from the services' dev-profile demo clients. Each party acts
 * with its own client: lots are spent by their owners' clients, credentials issued by their
 * organisations' clients.
 *
 * @param authority the trust authority (registry)
 * @param registryWriter the issuer service's registry client, for the organisations it hosts
 * @param steelcoRegistry the steel supplier's own registry client
 * @param automakerRegistry the automaker's own registry client
 * @param financierRegistry the financier's own registry client
 * @param admin the issuer service's administrator
 * @param supplier the steel supplier's issuer client
 * @param automaker the automaker's issuer client
 * @param assurer the assurance provider's issuer client
 * @param verifier a verifier client (buyers and financiers)
 * @param policyAdmin the financier's policy administrator on the verifier
 */
record Clients(
    String authority,
    String registryWriter,
    String steelcoRegistry,
    String automakerRegistry,
    String financierRegistry,
    String admin,
    String supplier,
    String automaker,
    String assurer,
    String verifier,
    String policyAdmin) {

  static Clients obtain(Http http, Endpoints at) {
    var registry = at.registry("/oauth2/token");
    var issuer = at.issuer("/oauth2/token");
    var verifier = at.verifier("/oauth2/token");
    String write = "registry.write registry.read";
    return new Clients(
        http.token(registry, "authority", "authority-secret", "trust.authority registry.read"),
        http.token(registry, "writer", "writer-secret", write),
        http.token(registry, "steelco", "steelco-secret", write),
        http.token(registry, "automaker", "automaker-secret", write),
        http.token(registry, "financier", "financier-secret", write),
        http.token(issuer, "admin", "admin-secret", "issuer.admin issuer.read"),
        http.token(issuer, "supplier", "supplier-secret", "issuer.supplier issuer.read"),
        http.token(issuer, "automaker", "automaker-secret", "issuer.supplier issuer.read"),
        http.token(issuer, "assurer", "assurer-secret", "issuer.assurance issuer.read"),
        http.token(verifier, "verifier", "verifier-secret", "verifier.verify"),
        http.token(
            verifier,
            "policy-admin",
            "policy-admin-secret",
            "verifier.verify verifier.policy.admin"));
  }
}
