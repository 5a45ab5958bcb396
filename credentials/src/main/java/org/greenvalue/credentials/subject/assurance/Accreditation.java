package org.greenvalue.credentials.subject.assurance;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import java.util.Objects;

/**
 * The assurance provider's accreditation as a validation/verification body.
 *
 * <p>JSON: {@code {"body": "JAB", "reference": "VV-0042", "standard": "ISO 14065"}}.
 *
 * @param body the accreditation body (e.g. a national accreditation body)
 * @param reference the accreditation number the body assigned
 * @param standard the standard accredited against, usually {@code ISO 14065}
 */
public record Accreditation(String body, String reference, String standard) {

  public static final String ISO_14065 = "ISO 14065";

  public Accreditation {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(standard, "standard");
  }

  public JsonObject toJson() {
    return JSON.createObjectBuilder()
        .add("body", body)
        .add("reference", reference)
        .add("standard", standard)
        .build();
  }
}
