package org.greenvalue.verification;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.greenvalue.common.verification.Check;
import org.greenvalue.verification.facts.VerifiedFacts;

/**
 * A verification as JSON, the one shape the CLI's {@code --json}, the service and its page share:
 *
 * <pre>{@code
 * {"verdict": "VERIFIED" | "NOT_VERIFIED" | "INCOMPLETE", "valid": bool, "gaps": [check names],
 *  "checks": [{"name", "outcome": "PASSED"|"FAILED"|"SKIPPED", "reason"}],
 *  "facts": {"credentialTypes", "issuer", "issuerTrusted", "digest", "subjectKind", "issuedAt",
 *            "reduction"?: {...}, "footprint"?: {...}, "assurance"?: {...}, "anchor"?: {...},
 *            "status": {...}, "lot"?: {...}, "custody"?: {"verified", "attributable",
 * "tiers": [{"tier", "organisation", "lotId", "quantity", "credentialDigest",
 * "verdict"}]}}}
 * }</pre>
 *
 * Decimals are strings; times are RFC 3339. VERIFIED: nothing failed and nothing was left unchecked
 * for want of an input ({@link Verification#complete()}); INCOMPLETE: nothing failed but some
 * checks lacked their input or source (the {@code gaps}); NOT_VERIFIED: a check failed.
 */
public final class VerificationJson {

  private VerificationJson() {}

  public static String verdict(Verification v) {
    if (v.complete()) {
      return "VERIFIED";
    }
    return v.valid() ? "INCOMPLETE" : "NOT_VERIFIED";
  }

  public static JsonObject write(Verification v) {
    JsonArrayBuilder checks = JSON.createArrayBuilder();
    for (Check c : v.report().checks()) {
      checks.add(
          JSON.createObjectBuilder()
              .add("name", c.name())
              .add("outcome", c.outcome().name())
              .add("reason", c.reason()));
    }
    return JSON.createObjectBuilder()
        .add("verdict", verdict(v))
        .add("valid", v.valid())
        .add("gaps", JSON.createArrayBuilder(v.gaps()))
        .add("checks", checks)
        .add("facts", facts(v.facts()))
        .build();
  }

  public static JsonObject facts(VerifiedFacts f) {
    var json = JSON.createObjectBuilder().add("valid", f.valid());
    json.add("credentialTypes", JSON.createArrayBuilder(f.credentialTypes()));
    put(json, "credentialId", f.credentialId());
    put(json, "digest", f.digest());
    put(json, "issuer", f.issuer());
    json.add("issuerTrusted", f.issuerTrusted());
    put(json, "subjectKind", f.subjectKind());
    put(json, "issuedAt", f.issuedAt().map(Instant::toString));
    f.reduction()
        .ifPresent(
            r ->
                json.add(
                    "reduction",
                    JSON.createObjectBuilder()
                        .add("baselineEmissions", plain(r.baselineEmissions()))
                        .add("projectEmissions", plain(r.projectEmissions()))
                        .add("reduction", plain(r.reduction()))
                        .add("unit", r.unit())
                        .add("periodStart", r.periodStart().toString())
                        .add("periodEnd", r.periodEnd().toString())
                        .add("projectId", r.projectId())
                        .add("facilityId", r.facilityId())
                        .add("methodology", r.methodology())));
    f.footprint()
        .ifPresent(
            p ->
                json.add(
                    "footprint",
                    JSON.createObjectBuilder()
                        .add("id", p.footprintId())
                        .add("productIds", JSON.createArrayBuilder(p.productIds()))
                        .add("productCategories", JSON.createArrayBuilder(p.productCategories()))
                        .add("declaredUnit", p.declaredUnit())
                        .add("pcfExcludingBiogenicUptake", plain(p.pcfExcludingBiogenicUptake()))
                        .add("periodStart", p.periodStart().toString())
                        .add("periodEnd", p.periodEnd().toString())));
    f.assurance()
        .ifPresent(
            a ->
                json.add(
                    "assurance",
                    JSON.createObjectBuilder()
                        .add("provider", a.provider())
                        .add("providerAccredited", a.providerAccredited())
                        .add("level", a.level())
                        .add("opinion", a.opinion())
                        .add("standard", a.standard())
                        .add("accreditationReference", a.accreditationReference())));
    f.anchor()
        .ifPresent(
            a ->
                json.add(
                    "anchor",
                    JSON.createObjectBuilder()
                        .add("chainId", a.chainId())
                        .add("contract", a.contract())
                        .add("txHash", a.txHash())
                        .add("blockNumber", a.blockNumber())
                        .add("blockTime", a.blockTime().toString())
                        .add("checkedOnChain", a.checkedOnChain())));
    var status =
        JSON.createObjectBuilder()
            .add("checked", f.status().checked())
            .add("revoked", f.status().revoked())
            .add("suspended", f.status().suspended());
    put(status, "fetchedAt", f.status().fetchedAt().map(Instant::toString));
    if (!f.status().messages().isEmpty()) {
      var messages = JSON.createArrayBuilder();
      for (var m : f.status().messages()) {
        var message =
            JSON.createObjectBuilder()
                .add("statusListCredential", m.statusListCredential())
                .add("statusListIndex", Integer.toString(m.index()))
                .add("status", m.status());
        put(message, "message", m.message());
        messages.add(message);
      }
      status.add("messages", messages);
    }
    json.add("status", status);
    f.lot()
        .ifPresent(
            l ->
                json.add(
                    "lot",
                    JSON.createObjectBuilder()
                        .add("lotId", l.lotId())
                        .add("state", l.state())
                        .add("quantity", plain(l.quantity()))
                        .add("available", plain(l.available()))
                        .add("retired", plain(l.retired()))));
    f.custody()
        .ifPresent(
            c -> {
              var tiers = JSON.createArrayBuilder();
              c.tiers()
                  .forEach(
                      t ->
                          tiers.add(
                              JSON.createObjectBuilder()
                                  .add("tier", t.tier())
                                  .add("organisation", t.organisation())
                                  .add("lotId", t.lotId())
                                  .add("quantity", plain(t.quantity()))
                                  .add("credentialDigest", t.credentialDigest())
                                  .add("verdict", t.verdict())));
              json.add(
                  "custody",
                  JSON.createObjectBuilder()
                      .add("verified", c.verified())
                      .add("attributable", plain(c.attributable()))
                      .add("tiers", tiers));
            });
    return json.build();
  }

  private static String plain(BigDecimal value) {
    return value.toPlainString();
  }

  private static void put(JsonObjectBuilder json, String name, Optional<String> value) {
    value.ifPresent(v -> json.add(name, v));
  }
}
