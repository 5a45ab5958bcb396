package org.greenvalue.issuer.pact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import org.greenvalue.credentials.subject.footprint.GreenValueExtension;
import org.greenvalue.credentials.subject.footprint.GreenValueExtensionSchema;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The green value PACT extension's JSON Schema at its {@code dataSchema} URL, and a short note at
 * its {@code documentation} URL; both public.
 */
@RestController
@Tag(name = "PACT v3")
class GreenValueSchemaController {
  private static final byte[] SCHEMA = GreenValueExtensionSchema.bytes();
  private static final MediaType SCHEMA_TYPE = MediaType.parseMediaType("application/schema+json");
  private static final String DOCUMENTATION =
      """
      Green value PACT data model extension 1.0.0

      Carried in a ProductFootprint's "extensions" by this host. "data" holds:
      - "credential": the footprint's own verifiable credential,
      - "assurances": assurance credentials over it,
      - "reductions": the organisation's ΔCO2 credentials for one of the footprint's productIds,
        each {"credential", "assurances"},
      - "custody": each upstream reference of those ΔCO2 credentials, with "credentialId".
      A secured credential is {"mediaType": "application/vc+jwt", "credential": "<compact JWS>"} or
      {"mediaType": "application/vc", "credential": {<Data Integrity JSON>}}.
      JSON Schema (draft 2020-12): schema.json beside this document.
      """;

  @GetMapping(value = GreenValueExtension.SCHEMA_PATH, produces = "application/schema+json")
  @Operation(summary = "JSON Schema of the green value PACT extension (public)")
  ResponseEntity<byte[]> schema() {
    return ResponseEntity.ok()
        .contentType(SCHEMA_TYPE)
        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
        .body(SCHEMA);
  }

  @GetMapping(value = GreenValueExtension.PATH, produces = MediaType.TEXT_PLAIN_VALUE)
  @Operation(summary = "What the green value PACT extension carries (public)")
  ResponseEntity<String> documentation() {
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
        .body(DOCUMENTATION);
  }
}
