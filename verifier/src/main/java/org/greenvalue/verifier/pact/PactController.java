package org.greenvalue.verifier.pact;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenvalue.service.problem.Problem;
import org.greenvalue.verification.Verification;
import org.greenvalue.verification.VerificationEngine;
import org.greenvalue.verification.VerificationJson;
import org.greenvalue.verification.facts.VerifiedFacts;
import org.greenvalue.verification.pact.PactClient;
import org.greenvalue.verification.pact.PactHost;
import org.greenvalue.verification.pact.PactVerifier;
import org.greenvalue.verifier.system.VerifierProperties;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /pact/verifications}: pull a supplier's footprints from its PACT v3 host and verify
 * the credential each carries. Only hosts on {@code gvr.verifier.pact-hosts} are called; the
 * supplier's client secret is used for this request only and never stored.
 */
@RestController
class PactController {

  private final PactVerifier pact;
  private final List<String> allowed;

  PactController(VerificationEngine engine, VerifierProperties properties) {
    this.pact = new PactVerifier(new PactClient(20), engine);
    this.allowed = properties.pactHosts();
  }

  record PullRequest(
      @NotNull URI hostUrl,
      @NotNull URI tokenUrl,
      @NotBlank String clientId,
      @NotBlank String clientSecret,
      @Min(1) @Max(1000) Integer limit) {}

  @Operation(summary = "Pull footprints from a PACT host and verify their credentials")
  @PostMapping("/pact/verifications")
  Map<String, Object> pull(@Valid @RequestBody PullRequest body) {
    for (URI uri : List.of(body.hostUrl(), body.tokenUrl())) {
      if (!allowed.contains(origin(uri))) {
        throw Problem.invalid(
            "pact-host-not-allowed", origin(uri) + " is not on gvr.verifier.pact-hosts " + allowed);
      }
    }
    var host = new PactHost(body.hostUrl(), body.tokenUrl(), body.clientId(), body.clientSecret());
    var results = pact.verify(host, body.limit() == null ? 100 : body.limit());
    if (!results.succeeded()) {
      throw new Problem(
          HttpStatus.BAD_GATEWAY, "pact-host-failed", "PACT host failed", results.reason());
    }
    var footprints =
        results.value().stream()
            .map(
                r -> {
                  var one = new LinkedHashMap<String, Object>();
                  one.put("id", r.footprintId());
                  one.put("credential", r.verification().isPresent());
                  r.verification()
                      .ifPresent(
                          v -> {
                            one.put("verdict", VerificationJson.verdict(v));
                            one.put("failures", failures(v));
                            one.put("gaps", v.gaps());
                            one.put("issuer", v.facts().issuer().orElse(null));
                          });
                  one.put(
                      "credentials",
                      r.credentials().stream()
                          .map(
                              c -> {
                                var each = new LinkedHashMap<String, Object>();
                                each.put("role", c.role());
                                each.put("id", c.id().orElse(null));
                                each.put("verdict", VerificationJson.verdict(c.verification()));
                                each.put("failures", failures(c.verification()));
                                each.put("gaps", c.verification().gaps());
                                c.verification()
                                    .facts()
                                    .custody()
                                    .ifPresent(custody -> each.put("custody", custody(custody)));
                                return each;
                              })
                          .toList());
                  return (Map<String, Object>) one;
                })
            .toList();
    return Map.of("host", body.hostUrl().toString(), "footprints", footprints);
  }

  private static List<Map<String, String>> failures(Verification v) {
    return v.report().failures().stream()
        .map(c -> Map.of("name", c.name(), "reason", c.reason()))
        .toList();
  }

  /** The custody chain the verifier walked: per tier, who held how much, and its verdict. */
  private static Map<String, Object> custody(VerifiedFacts.CustodyFacts c) {
    var tiers =
        c.tiers().stream()
            .map(
                t -> {
                  var tier = new LinkedHashMap<String, Object>();
                  tier.put("tier", t.tier());
                  tier.put("organisation", t.organisation());
                  tier.put("lotId", t.lotId());
                  tier.put("quantity", t.quantity().toPlainString());
                  tier.put("credentialDigest", t.credentialDigest());
                  tier.put("verdict", t.verdict());
                  return (Map<String, Object>) tier;
                })
            .toList();
    var json = new LinkedHashMap<String, Object>();
    json.put("verified", c.verified());
    json.put("attributable", c.attributable().toPlainString());
    json.put("tiers", tiers);
    return json;
  }

  private static String origin(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
    int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    return scheme + "://" + uri.getHost() + ":" + port;
  }
}
