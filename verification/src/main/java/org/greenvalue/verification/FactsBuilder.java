package org.greenvalue.verification;

import java.util.List;
import java.util.Optional;
import org.greenvalue.common.verification.VerificationReport;
import org.greenvalue.credentials.model.DataModelVersion;
import org.greenvalue.credentials.subject.footprint.ProductFootprint;
import org.greenvalue.credentials.subject.reduction.EmissionReduction;
import org.greenvalue.verification.facts.VerifiedFacts;
import org.greenvalue.verification.facts.VerifiedFacts.AnchorFacts;
import org.greenvalue.verification.facts.VerifiedFacts.AssuranceFacts;
import org.greenvalue.verification.facts.VerifiedFacts.FootprintFacts;
import org.greenvalue.verification.facts.VerifiedFacts.LotFacts;
import org.greenvalue.verification.facts.VerifiedFacts.ReductionFacts;
import org.greenvalue.verification.facts.VerifiedFacts.StatusFacts;

/** Collects the facts the rules establish while they run; one per verification. */
final class FactsBuilder {

  /** The proof rule's report, and its failed proof-to-issuer binding check if any. */
  VerificationReport proof = new VerificationReport(List.of());

  Optional<org.greenvalue.common.verification.Check> unbound = Optional.empty();

  boolean issuerTrusted;
  Optional<AssuranceFacts> assurance = Optional.empty();
  Optional<AnchorFacts> anchor = Optional.empty();
  StatusFacts status = StatusFacts.UNCHECKED;
  Optional<LotFacts> lot = Optional.empty();
  Optional<VerifiedFacts.CustodyFacts> custody = Optional.empty();
  final java.util.List<String> gaps = new java.util.ArrayList<>();

  /** A check skipped for want of an input or source: the verification is incomplete. */
  org.greenvalue.common.verification.Check missing(String name, String reason) {
    gaps.add(name);
    return org.greenvalue.common.verification.Check.skipped(name, reason);
  }

  VerifiedFacts build(Claim claim, VerificationReport report) {
    return new VerifiedFacts(
        report.valid(),
        claim.credential().types(),
        claim.credential().id(),
        claim.digest().succeeded()
            ? Optional.of(claim.digest().value().toString())
            : Optional.empty(),
        claim.issuer(),
        issuerTrusted,
        claim.kind().map(Enum::name),
        Optional.of(claim.issuedAt()),
        claim.subjectAs(EmissionReduction.class).map(FactsBuilder::reduction),
        claim.subjectAs(ProductFootprint.class).map(FactsBuilder::footprint),
        assurance,
        anchor,
        status,
        lot,
        custody,
        claim.credential().dataModel().map(DataModelVersion::label),
        claim.proofTypes());
  }

  private static ReductionFacts reduction(EmissionReduction r) {
    return new ReductionFacts(
        r.baselineEmissions(),
        r.projectEmissions(),
        r.reduction(),
        EmissionReduction.UNIT.wireName(),
        r.monitoringPeriod().start(),
        r.monitoringPeriod().end(),
        r.projectId(),
        r.facilityId(),
        r.methodology());
  }

  private static FootprintFacts footprint(ProductFootprint f) {
    List<String> categories =
        f.document().getJsonArray("productClassifications") == null
            ? List.of()
            : f
                .document()
                .getJsonArray("productClassifications")
                .getValuesAs(jakarta.json.JsonString.class)
                .stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    return new FootprintFacts(
        f.id(),
        f.productIds(),
        categories,
        f.declaredUnitOfMeasurement(),
        f.pcfExcludingBiogenicUptake(),
        f.referencePeriod().start(),
        f.referencePeriod().end());
  }
}
