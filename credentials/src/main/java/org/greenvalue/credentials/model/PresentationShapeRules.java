package org.greenvalue.credentials.model;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.VerificationReport;

/** The structure a presentation must have per VC DM 2.0 §4.13 (VC DM 1.1 §4.10). */
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
    boolean legacy = presentation.dataModel().orElse(null) == DataModelVersion.V1_1;
    for (JsonValue entry : entries) {
      if (legacy && entry instanceof JsonString jwt && isCompactJws(jwt.getString())) {
        continue;
      }
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

  /** VC DM 1.1 §6.3.1: a 1.1 presentation may carry credentials as compact JWTs. */
  private static boolean isCompactJws(String value) {
    return value.chars().filter(c -> c == '.').count() == 2 && !value.isBlank();
  }
}
