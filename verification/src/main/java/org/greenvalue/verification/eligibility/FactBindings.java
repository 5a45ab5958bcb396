package org.greenvalue.verification.eligibility;

import com.google.protobuf.Timestamp;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenvalue.verification.facts.VerifiedFacts;

/**
 * The variables a policy sees, each typed, each always bound: an absent fact is {@code ""}, {@code
 * false}, {@code 0}, an empty list or the epoch. Decimals are exact strings (compare them with
 * {@code atLeast}); times are timestamps; {@code now} is the evaluation time.
 */
final class FactBindings {

  private static final ListType STRINGS = ListType.create(SimpleType.STRING);

  /** Every variable and its type, in the order the README lists them. */
  static final Map<String, CelType> VARIABLES = variables();

  private FactBindings() {}

  private static Map<String, CelType> variables() {
    var vars = new LinkedHashMap<String, CelType>();
    vars.put("valid", SimpleType.BOOL);
    vars.put("credentialTypes", STRINGS);
    vars.put("issuer", SimpleType.STRING);
    vars.put("issuerTrusted", SimpleType.BOOL);
    vars.put("subjectKind", SimpleType.STRING);
    vars.put("issuedAt", SimpleType.TIMESTAMP);
    vars.put("reduction", SimpleType.STRING);
    vars.put("baselineEmissions", SimpleType.STRING);
    vars.put("projectEmissions", SimpleType.STRING);
    vars.put("projectId", SimpleType.STRING);
    vars.put("facilityId", SimpleType.STRING);
    vars.put("methodology", SimpleType.STRING);
    vars.put("periodStart", SimpleType.TIMESTAMP);
    vars.put("periodEnd", SimpleType.TIMESTAMP);
    vars.put("productIds", STRINGS);
    vars.put("productCategories", STRINGS);
    vars.put("pcf", SimpleType.STRING);
    vars.put("declaredUnit", SimpleType.STRING);
    vars.put("assured", SimpleType.BOOL);
    vars.put("assuranceLevel", SimpleType.STRING);
    vars.put("assuranceOpinion", SimpleType.STRING);
    vars.put("assuranceStandard", SimpleType.STRING);
    vars.put("assuranceProvider", SimpleType.STRING);
    vars.put("assuranceProviderAccredited", SimpleType.BOOL);
    vars.put("anchored", SimpleType.BOOL);
    vars.put("anchoredOnChain", SimpleType.BOOL);
    vars.put("anchorTx", SimpleType.STRING);
    vars.put("anchorBlock", SimpleType.INT);
    vars.put("anchorTime", SimpleType.TIMESTAMP);
    vars.put("statusChecked", SimpleType.BOOL);
    vars.put("revoked", SimpleType.BOOL);
    vars.put("suspended", SimpleType.BOOL);
    vars.put("lotState", SimpleType.STRING);
    vars.put("lotAvailable", SimpleType.STRING);
    vars.put("lotRetired", SimpleType.STRING);
    vars.put("custody.verified", SimpleType.BOOL);
    vars.put("custody.tiers", SimpleType.INT);
    vars.put("custody.attributable", SimpleType.STRING);
    vars.put("now", SimpleType.TIMESTAMP);
    return java.util.Collections.unmodifiableMap(vars);
  }

  static Map<String, Object> of(VerifiedFacts f, Instant now) {
    var b = new HashMap<String, Object>(64);
    b.put("valid", f.valid());
    b.put("credentialTypes", f.credentialTypes());
    b.put("issuer", f.issuer().orElse(""));
    b.put("issuerTrusted", f.issuerTrusted());
    b.put("subjectKind", f.subjectKind().orElse(""));
    b.put("issuedAt", timestamp(f.issuedAt()));
    var r = f.reduction();
    b.put("reduction", decimal(r.map(VerifiedFacts.ReductionFacts::reduction)));
    b.put("baselineEmissions", decimal(r.map(VerifiedFacts.ReductionFacts::baselineEmissions)));
    b.put("projectEmissions", decimal(r.map(VerifiedFacts.ReductionFacts::projectEmissions)));
    b.put("projectId", r.map(VerifiedFacts.ReductionFacts::projectId).orElse(""));
    b.put("facilityId", r.map(VerifiedFacts.ReductionFacts::facilityId).orElse(""));
    b.put("methodology", r.map(VerifiedFacts.ReductionFacts::methodology).orElse(""));
    var p = f.footprint();
    b.put(
        "periodStart",
        timestamp(
            r.map(VerifiedFacts.ReductionFacts::periodStart)
                .or(() -> p.map(VerifiedFacts.FootprintFacts::periodStart))));
    b.put(
        "periodEnd",
        timestamp(
            r.map(VerifiedFacts.ReductionFacts::periodEnd)
                .or(() -> p.map(VerifiedFacts.FootprintFacts::periodEnd))));
    b.put("productIds", p.map(VerifiedFacts.FootprintFacts::productIds).orElse(List.of()));
    b.put(
        "productCategories",
        p.map(VerifiedFacts.FootprintFacts::productCategories).orElse(List.of()));
    b.put("pcf", decimal(p.map(VerifiedFacts.FootprintFacts::pcfExcludingBiogenicUptake)));
    b.put("declaredUnit", p.map(VerifiedFacts.FootprintFacts::declaredUnit).orElse(""));
    var a = f.assurance();
    b.put("assured", a.isPresent());
    b.put("assuranceLevel", a.map(VerifiedFacts.AssuranceFacts::level).orElse(""));
    b.put("assuranceOpinion", a.map(VerifiedFacts.AssuranceFacts::opinion).orElse(""));
    b.put("assuranceStandard", a.map(VerifiedFacts.AssuranceFacts::standard).orElse(""));
    b.put("assuranceProvider", a.map(VerifiedFacts.AssuranceFacts::provider).orElse(""));
    b.put(
        "assuranceProviderAccredited",
        a.map(VerifiedFacts.AssuranceFacts::providerAccredited).orElse(false));
    var anchor = f.anchor();
    b.put("anchored", anchor.isPresent());
    b.put("anchoredOnChain", anchor.map(VerifiedFacts.AnchorFacts::checkedOnChain).orElse(false));
    b.put("anchorTx", anchor.map(VerifiedFacts.AnchorFacts::txHash).orElse(""));
    b.put("anchorBlock", anchor.map(VerifiedFacts.AnchorFacts::blockNumber).orElse(0L));
    b.put("anchorTime", timestamp(anchor.map(VerifiedFacts.AnchorFacts::blockTime)));
    b.put("statusChecked", f.status().checked());
    b.put("revoked", f.status().revoked());
    b.put("suspended", f.status().suspended());
    var lot = f.lot();
    b.put("lotState", lot.map(VerifiedFacts.LotFacts::state).orElse(""));
    b.put("lotAvailable", decimal(lot.map(VerifiedFacts.LotFacts::available)));
    b.put("lotRetired", decimal(lot.map(VerifiedFacts.LotFacts::retired)));
    var custody = f.custody();
    b.put("custody.verified", custody.map(VerifiedFacts.CustodyFacts::verified).orElse(false));
    b.put("custody.tiers", custody.map(c -> (long) c.tiers().size()).orElse(0L));
    b.put("custody.attributable", decimal(custody.map(VerifiedFacts.CustodyFacts::attributable)));
    b.put("now", timestamp(Optional.of(now)));
    return b;
  }

  private static String decimal(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toPlainString).orElse("");
  }

  private static Timestamp timestamp(Optional<Instant> value) {
    Instant at = value.orElse(Instant.EPOCH);
    return Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()).build();
  }
}
