package org.greenvalue.credentials.subject;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.credentials.digest.MerkleRoot;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.subject.assurance.Accreditation;
import org.greenvalue.credentials.subject.assurance.AssuranceLevel;
import org.greenvalue.credentials.subject.assurance.AssuranceOpinion;
import org.greenvalue.credentials.subject.assurance.AssuranceStatement;
import org.greenvalue.credentials.subject.custody.CustodyTransfer;
import org.greenvalue.credentials.subject.footprint.ProductFootprint;
import org.greenvalue.credentials.subject.reduction.EmissionReduction;
import org.greenvalue.credentials.subject.reduction.MeasurementSource;
import org.greenvalue.credentials.subject.reduction.UpstreamReference;
import org.greenvalue.credentials.subject.retirement.RetirementCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GreenValueContextTest {

  private static final JsonObject CONTEXT =
      Fixtures.resource(GreenValueContext.V1_RESOURCE).getJsonObject("@context");
  private static final Period PERIOD =
      new Period(Instant.parse("2024-04-01T00:00:00Z"), Instant.parse("2025-04-01T00:00:00Z"));
  private static final Sha256Digest DIGEST = Sha256Digest.parse(Fixtures.DIGEST).value();
  private static final MerkleRoot ROOT = MerkleRoot.parse(Fixtures.ROOT).value();

  static Stream<CredentialSubject> subjects() {
    return Stream.of(
        new EmissionReduction(
            "urn:p",
            "urn:f",
            Optional.of("urn:x"),
            "ISO 14064-2",
            new BigDecimal("1000.000"),
            new BigDecimal("999.999"),
            new BigDecimal("0.001"),
            PERIOD,
            List.of(MeasurementSource.metered("M-1", "gas meter")),
            new EvidenceBinding(DIGEST, ROOT)),
        new AssuranceStatement(
            DIGEST,
            Optional.of("https://issuer.example/c/1"),
            ROOT,
            AssuranceLevel.REASONABLE,
            AssuranceStatement.ISAE_3410,
            new BigDecimal("5"),
            AssuranceOpinion.QUALIFIED,
            PERIOD,
            "scope",
            new Accreditation("JAB", "VV-1", Accreditation.ISO_14065)),
        new RetirementCertificate(
            "lot-1",
            new BigDecimal("1.5"),
            "Buyer",
            Optional.of("did:web:buyer.example"),
            "Scope 3",
            Instant.parse("2025-01-01T00:00:00Z"),
            DIGEST),
        ProductFootprint.parse(Fixtures.footprint()).value(),
        new EmissionReduction(
            "urn:p",
            "urn:f",
            Optional.empty(),
            "mass balance",
            new BigDecimal("10"),
            new BigDecimal("8"),
            new BigDecimal("2"),
            PERIOD,
            List.of(MeasurementSource.metered("M-1", "gas meter")),
            new EvidenceBinding(DIGEST, ROOT),
            List.of(
                new UpstreamReference(
                    "urn:uuid:00000000-0000-4000-8000-000000000001",
                    "urn:uuid:00000000-0000-4000-8000-000000000002",
                    new BigDecimal("2"),
                    List.of(DIGEST),
                    List.of("urn:uuid:00000000-0000-4000-8000-000000000003")))),
        new CustodyTransfer(
            "urn:uuid:00000000-0000-4000-8000-000000000002",
            "urn:uuid:00000000-0000-4000-8000-000000000004",
            "org-steel",
            "org-parts",
            new BigDecimal("300"),
            "INV-2026-0042",
            DIGEST,
            Instant.parse("2026-01-05T00:00:00Z")));
  }

  @Test
  void isProtectedJsonLd11() {
    assertThat(CONTEXT.getBoolean("@protected")).isTrue();
    assertThat(CONTEXT.getJsonNumber("@version").intValue()).isEqualTo(1);
  }

  @Test
  void definesEveryCredentialAndSubjectType() {
    for (SubjectKind kind : SubjectKind.values()) {
      assertThat(CONTEXT).containsKeys(kind.credentialType(), kind.subjectType());
    }
  }

  @ParameterizedTest
  @MethodSource("subjects")
  void definesEveryTermASubjectWrites(CredentialSubject subject) {
    var undefined = new TreeSet<String>();
    collectUndefined(subject.toJson(), CONTEXT.keySet(), undefined);
    assertThat(undefined).isEmpty();
  }

  @Test
  void definesEveryPactTermInsideTheFootprint() {
    var scoped = CONTEXT.getJsonObject(ProductFootprint.MEMBER).getJsonObject("@context").keySet();
    var undefined = new TreeSet<String>();
    collectUndefined(Fixtures.footprint(), scoped, undefined);
    assertThat(undefined).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("subjects")
  void expandsEverySubjectWithOnlyBundledContexts(CredentialSubject subject) throws JsonLdError {
    var document =
        Json.createObjectBuilder(subject.toJson()).add("@context", GreenValueContext.V1).build();
    JsonArray expanded =
        JsonLd.expand(JsonDocument.of(document))
            .loader(
                (url, options) -> {
                  assertThat(url.toString()).isEqualTo(GreenValueContext.V1);
                  return JsonDocument.of(
                      GreenValueContext.class.getResourceAsStream(GreenValueContext.V1_RESOURCE));
                })
            .get();
    String text = JsonDocuments.write(expanded);
    assertThat(text).contains(GreenValueContext.VOCABULARY + subject.kind().subjectType());
    if (subject instanceof EmissionReduction r && r.inherited()) {
      assertThat(text)
          .contains(GreenValueContext.VOCABULARY + "upstream")
          .contains(GreenValueContext.VOCABULARY + "allocationId")
          .contains(GreenValueContext.VOCABULARY + "sourceCredentials")
          .contains(GreenValueContext.VOCABULARY + "transferRecords");
    }
    if (subject instanceof CustodyTransfer) {
      assertThat(text)
          .contains(GreenValueContext.VOCABULARY + "deliveryReference")
          .contains(
              "\""
                  + GreenValueContext.VOCABULARY
                  + "transferredAt\":[{\"@value\":\"2026-01-05T00:00:00Z\",\"@type\":"
                  + "\"http://www.w3.org/2001/XMLSchema#dateTime\"}]");
    }
    if (subject instanceof EmissionReduction r && !r.inherited()) {
      assertThat(text)
          .contains(
              "\""
                  + GreenValueContext.VOCABULARY
                  + "reduction\":[{\"@value\":\"0.001\",\"@type\":"
                  + "\"http://www.w3.org/2001/XMLSchema#decimal\"}]");
    }
    if (subject instanceof ProductFootprint) {
      assertThat(text)
          .contains(GreenValueContext.PACT_VOCABULARY + "pcfExcludingBiogenicUptake")
          .contains("\"" + GreenValueContext.PACT_VOCABULARY + "id\"")
          .contains("\"@type\":\"@json\"");
    }
  }

  private static void collectUndefined(JsonObject object, Set<String> terms, Set<String> out) {
    for (var member : object.entrySet()) {
      if (!terms.contains(member.getKey())) {
        out.add(member.getKey());
      }
      if ("extensions".equals(member.getKey())) {
        continue; // a JSON literal (@json): its members are not terms
      }
      if (ProductFootprint.MEMBER.equals(member.getKey())) {
        continue; // PACT terms live in the member's scoped context, checked separately
      }
      collect(member.getValue(), terms, out);
    }
  }

  private static void collect(JsonValue value, Set<String> terms, Set<String> out) {
    if (value instanceof JsonObject nested) {
      collectUndefined(nested, terms, out);
    } else if (value instanceof JsonArray array) {
      array.forEach(item -> collect(item, terms, out));
    }
  }
}
