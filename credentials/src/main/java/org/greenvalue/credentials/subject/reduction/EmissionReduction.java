package org.greenvalue.credentials.subject.reduction;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.subject.Co2eUnit;
import org.greenvalue.credentials.subject.CredentialSubject;
import org.greenvalue.credentials.subject.DecimalText;
import org.greenvalue.credentials.subject.EvidenceBinding;
import org.greenvalue.credentials.subject.Period;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.credentials.subject.Violations;

/**
 * A measured emission reduction (ΔCO2) of a project against its baseline over a monitoring period,
 * in tonnes CO2e, bound to the evidence pack that supports it. Construction refuses a claim that
 * breaks {@link ReductionRules}; {@link #parse} reports the same problems for untrusted JSON.
 *
 * @param projectId the reduction project (URN or URL), required
 * @param facilityId the facility where the reduction happens, required (lots may not overlap per
 *     project and facility)
 * @param productId the product the reduction is attributed to, when it is product-specific
 * @param methodology the quantification method, e.g. {@code ISO 14064-2} or a guidance identifier
 * @param baselineEmissions emissions of the baseline scenario, tCO2e
 * @param projectEmissions emissions of the project over the same period, tCO2e
 * @param reduction baseline minus project, tCO2e
 * @param monitoringPeriod the period the emissions were measured over
 * @param measurementSources where the data came from; at least one metered
 * @param evidence the evidence pack's manifest digest and Merkle root
 * @param upstream the registry allocations this reduction is inherited from, empty for value
 *     measured by the issuer itself (only such a credential may be minted into a lot)
 */
public record EmissionReduction(
    String projectId,
    String facilityId,
    Optional<String> productId,
    String methodology,
    BigDecimal baselineEmissions,
    BigDecimal projectEmissions,
    BigDecimal reduction,
    Period monitoringPeriod,
    List<MeasurementSource> measurementSources,
    EvidenceBinding evidence,
    List<UpstreamReference> upstream)
    implements CredentialSubject {

  /** The only unit a ΔCO2 subject is stated in. */
  public static final Co2eUnit UNIT = Co2eUnit.TONNES;

  public EmissionReduction {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(facilityId, "facilityId");
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(methodology, "methodology");
    Objects.requireNonNull(baselineEmissions, "baselineEmissions");
    Objects.requireNonNull(projectEmissions, "projectEmissions");
    Objects.requireNonNull(reduction, "reduction");
    Objects.requireNonNull(monitoringPeriod, "monitoringPeriod");
    Objects.requireNonNull(evidence, "evidence (the evidence pack binding)");
    measurementSources = List.copyOf(measurementSources);
    upstream = List.copyOf(upstream);
    Violations.requireNone(
        ReductionRules.check(baselineEmissions, projectEmissions, reduction, measurementSources));
    Violations.requireNone(ReductionRules.checkUpstream(upstream, reduction));
  }

  /** A reduction measured by its issuer, with no upstream references. */
  public EmissionReduction(
      String projectId,
      String facilityId,
      Optional<String> productId,
      String methodology,
      BigDecimal baselineEmissions,
      BigDecimal projectEmissions,
      BigDecimal reduction,
      Period monitoringPeriod,
      List<MeasurementSource> measurementSources,
      EvidenceBinding evidence) {
    this(
        projectId,
        facilityId,
        productId,
        methodology,
        baselineEmissions,
        projectEmissions,
        reduction,
        monitoringPeriod,
        measurementSources,
        evidence,
        List.of());
  }

  /** Whether the value is inherited through registry allocations (never mintable). */
  public boolean inherited() {
    return !upstream.isEmpty();
  }

  /** The same reduction relying on these upstream allocations. */
  public EmissionReduction withUpstream(List<UpstreamReference> references) {
    return new EmissionReduction(
        projectId,
        facilityId,
        productId,
        methodology,
        baselineEmissions,
        projectEmissions,
        reduction,
        monitoringPeriod,
        measurementSources,
        evidence,
        references);
  }

  /** Reads an untrusted {@code credentialSubject}; every problem is reported with its pointer. */
  public static Result<EmissionReduction> parse(JsonObject subject) {
    return EmissionReductionReader.read(subject);
  }

  @Override
  public SubjectKind kind() {
    return SubjectKind.EMISSION_REDUCTION;
  }

  @Override
  public JsonObject toJson() {
    var sources = JSON.createArrayBuilder();
    measurementSources.forEach(s -> sources.add(s.toJson()));
    var json =
        JSON.createObjectBuilder()
            .add("type", kind().subjectType())
            .add("projectId", projectId)
            .add("facilityId", facilityId);
    productId.ifPresent(p -> json.add("productId", p));
    json.add("methodology", methodology)
        .add("baselineEmissions", DecimalText.format(baselineEmissions))
        .add("projectEmissions", DecimalText.format(projectEmissions))
        .add("reduction", DecimalText.format(reduction))
        .add("unit", UNIT.wireName())
        .add("monitoringPeriod", monitoringPeriod.toJson())
        .add("measurementSources", sources)
        .add("evidencePack", evidence.toJson());
    if (!upstream.isEmpty()) {
      var references = JSON.createArrayBuilder();
      upstream.forEach(u -> references.add(u.toJson()));
      json.add("upstream", references);
    }
    return json.build();
  }
}
