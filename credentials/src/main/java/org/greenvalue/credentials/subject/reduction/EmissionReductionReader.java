package org.greenvalue.credentials.subject.reduction;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.subject.Co2eUnit;
import org.greenvalue.credentials.subject.EvidenceBinding;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.credentials.subject.SubjectReader;
import org.greenvalue.credentials.subject.Violations;

/** Reads an {@link EmissionReduction} from untrusted JSON, collecting every violation. */
final class EmissionReductionReader {

  private EmissionReductionReader() {}

  static Result<EmissionReduction> read(JsonObject json) {
    var in = SubjectReader.of(json);
    in.text("type")
        .filter(t -> !t.equals(SubjectKind.EMISSION_REDUCTION.subjectType()))
        .ifPresent(
            t -> in.reject("type", "must be " + SubjectKind.EMISSION_REDUCTION.subjectType()));
    var projectId = in.text("projectId");
    var facilityId = in.text("facilityId");
    var productId = in.optionalText("productId");
    var methodology = in.text("methodology");
    var baseline = in.decimal("baselineEmissions");
    var project = in.decimal("projectEmissions");
    var reduction = in.decimal("reduction");
    in.choice("unit", Co2eUnit.class)
        .filter(u -> u != EmissionReduction.UNIT)
        .ifPresent(u -> in.reject("unit", "must be tCO2e; convert kgCO2e before issuing"));
    var period = in.period("monitoringPeriod");
    var sources = sources(in.objects("measurementSources"));
    var evidence =
        in.object("evidencePack")
            .flatMap(
                e -> {
                  var digest = e.digest("manifestDigest");
                  var root = e.merkleRoot("merkleRoot");
                  return digest.flatMap(d -> root.map(r -> new EvidenceBinding(d, r)));
                });
    var upstream =
        in.has("upstream") ? upstream(in.objects("upstream")) : List.<UpstreamReference>of();
    var violations = new ArrayList<>(in.violations());
    if (violations.isEmpty()) {
      violations.addAll(
          ReductionRules.check(baseline.get(), project.get(), reduction.get(), sources));
      violations.addAll(ReductionRules.checkUpstream(upstream, reduction.get()));
    }
    return Violations.toResult(
        violations,
        () ->
            new EmissionReduction(
                projectId.get(),
                facilityId.get(),
                productId,
                methodology.get(),
                baseline.get(),
                project.get(),
                reduction.get(),
                period.get(),
                sources,
                evidence.get(),
                upstream));
  }

  private static List<UpstreamReference> upstream(List<SubjectReader> readers) {
    var references = new ArrayList<UpstreamReference>();
    readers.forEach(r -> UpstreamReference.read(r).ifPresent(references::add));
    return references;
  }

  private static List<MeasurementSource> sources(List<SubjectReader> readers) {
    var sources = new ArrayList<MeasurementSource>();
    for (SubjectReader r : readers) {
      var type = r.choice("sourceType", MeasurementType.class);
      Optional<String> meterId = r.optionalText("meterId");
      var description = r.text("description");
      if (type.isPresent() && type.get() == MeasurementType.METERED && meterId.isEmpty()) {
        r.reject("meterId", "is required for a metered source");
        continue;
      }
      if (type.isPresent() && description.isPresent()) {
        sources.add(new MeasurementSource(type.get(), meterId, description.get()));
      }
    }
    return sources;
  }
}
