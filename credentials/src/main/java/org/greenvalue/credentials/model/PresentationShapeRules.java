package org.greenvalue.credentials.model;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;

/** The structure a presentation must have per VC DM 2.0 §4.13. */
public final class PresentationShapeRules {

  private PresentationShapeRules() {}

  public static VerificationReport check(VerifiablePresentation presentation) {
    JsonObject json = presentation.json();
    Check holder =
        json.containsKey("holder")
            ? ShapeChecks.urlOrObjectWithUrlId("vp.holder", json, "holder")
            : Check.skipped("vp.holder", "no holder");
    return VerificationReport.of(
        ShapeChecks.context("vp.context", json),
        ShapeChecks.type("vp.type", json, VerifiablePresentation.TYPE),
        ShapeChecks.optionalUrl("vp.id", json, "id"),
        holder,
        credentials(presentation));
  }

  static Check credentials(VerifiablePresentation presentation) {
    String name = "vp.verifiableCredential";
    List<JsonValue> entries = presentation.verifiableCredentialEntries();
    if (entries.isEmpty()) {
      return Check.skipped(name, "no verifiableCredential");
    }
    for (JsonValue entry : entries) {
      if (entry.getValueType() != JsonValue.ValueType.OBJECT) {
        return Check.failed(name, "verifiableCredential entries must be objects");
      }
      var types = JsonProperties.strings(entry.asJsonObject(), "type");
      if (types.contains(EnvelopedVerifiableCredential.TYPE)) {
        var enveloped = EnvelopedVerifiableCredential.parse(entry.asJsonObject());
        if (!enveloped.succeeded()) {
          return Check.failed(name, enveloped.reason());
        }
      } else if (!types.contains(VerifiableCredential.TYPE)) {
        return Check.failed(name, "an entry is neither a credential nor an enveloped credential");
      }
    }
    return Check.passed(name, entries.size() + " credential(s)");
  }
}
