package org.greenvalue.credentials.subject.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.credentials.subject.Fixtures.with;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.subject.CredentialParts;
import org.greenvalue.credentials.subject.Fixtures;
import org.junit.jupiter.api.Test;

class ProductFootprintTest {

  private final JsonObject document = Fixtures.footprint();

  @Test
  void acceptsAConformingFootprintAndKeepsItVerbatim() {
    var footprint = ProductFootprint.parse(document).value();
    assertThat(footprint.document()).isSameAs(document);
    assertThat(JsonDocuments.write(footprint.toJson().getJsonObject("productFootprint")))
        .isEqualTo(JsonDocuments.write(document));
  }

  @Test
  void passesDataModelExtensionsThroughUnchanged() {
    var footprint = ProductFootprint.parse(document).value();
    var subject = footprint.toJson();
    var again = ProductFootprint.fromSubject(subject).value();
    assertThat(again.extensions()).isEqualTo(document.getJsonArray("extensions"));
    assertThat(JsonDocuments.write(again.extensions()))
        .isEqualTo(
            "[{\"specVersion\":\"2.0.0\",\"dataSchema\":"
                + "\"https://example.org/extensions/recycled-content/1.0.0/schema.json\","
                + "\"data\":{\"recycledShare\":0.35,\"nested\":{\"x\":[1,2.50,\"three\",null,true]}}}]");
  }

  @Test
  void exposesDecimalsExactly() {
    var footprint = ProductFootprint.parse(document).value();
    assertThat(footprint.pcfExcludingBiogenicUptake())
        .isEqualTo(new BigDecimal("1.2345678901234567890"));
    assertThat(footprint.pcfIncludingBiogenicUptake().scale()).isEqualTo(19);
    assertThat(footprint.declaredUnitAmount()).isEqualTo(BigDecimal.ONE);
    assertThat(footprint.pcfDecimal("fossilGhgEmissions")).contains(new BigDecimal("1.20"));
    assertThat(footprint.pcfDecimal("landCarbonLeakage")).isEmpty();
    assertThat(footprint.referencePeriod().start())
        .isEqualTo(Instant.parse("2024-04-01T00:00:00Z"));
    assertThat(footprint.declaredUnitOfMeasurement()).isEqualTo("kilogram");
    assertThat(footprint.productIds())
        .containsExactly("urn:pact:product-id:kanto-polymers.example:PP-R-25");
    assertThat(footprint.specVersion()).isEqualTo("3.0.0");
    assertThat(footprint.status()).isEqualTo("Active");
    assertThat(footprint.companyName()).isEqualTo("Kanto Polymers K.K.");
  }

  @Test
  void wrapsTheFootprintInASubjectWhoseIdIsAUrn() {
    var subject = ProductFootprint.parse(document).value().toJson();
    assertThat(subject.getString("id")).isEqualTo("urn:uuid:3f2a9c1e-7b4d-4e8a-9c21-5d6e7f8a9b0c");
    assertThat(subject.getString("type")).isEqualTo("ProductCarbonFootprint");
    var parts = CredentialParts.of(ProductFootprint.parse(document).value());
    assertThat(parts.type())
        .containsExactly("VerifiableCredential", "ProductCarbonFootprintCredential");
  }

  @Test
  void refusesASubjectThatIsNotAFootprintWrapper() {
    var subject = ProductFootprint.parse(document).value().toJson();
    assertThat(ProductFootprint.fromSubject(document).reason()).contains("/type");
    assertThat(ProductFootprint.fromSubject(with(subject, "/productFootprint", "x")).reason())
        .contains("/productFootprint");
    assertThat(ProductFootprint.fromSubject(with(subject, "/id", "urn:uuid:other")).reason())
        .contains("/id: must be urn:uuid:3f2a9c1e");
  }

  @Test
  void reportsSchemaViolationsWithJsonPointers() {
    var broken =
        with(
            with(
                with(with(document, "/pcf/declaredUnitAmount", (String) null), "/id", "not-a-uuid"),
                "/status",
                "Current"),
            "/pcf/fossilGhgEmissions",
            Json.createValue(new BigDecimal("1.2")));
    var violations = ProductFootprintSchema.validate(broken);
    assertThat(violations)
        .extracting(v -> v.pointer())
        .contains("/id", "/status", "/pcf/declaredUnitAmount", "/pcf/fossilGhgEmissions");
    assertThat(ProductFootprint.parse(broken).reason())
        .contains("/pcf/declaredUnitAmount: is required");
  }

  @Test
  void refusesDecimalsThatBreakPactPatterns() {
    assertThat(reasonWith("/pcf/declaredUnitAmount", "0")).contains("/pcf/declaredUnitAmount");
    assertThat(reasonWith("/pcf/fossilGhgEmissions", "-1")).contains("/pcf/fossilGhgEmissions");
    assertThat(reasonWith("/pcf/biogenicCO2Uptake", "0.5")).contains("/pcf/biogenicCO2Uptake");
    assertThat(reasonWith("/pcf/pcfExcludingBiogenicUptake", "1e3"))
        .contains("/pcf/pcfExcludingBiogenicUptake");
    assertThat(ProductFootprint.parse(with(document, "/pcf/declaredUnitAmount", "0.5")).succeeded())
        .isTrue();
  }

  @Test
  void refusesEmptyIdentifierSetsAndNonUrnIdentifiers() {
    assertThat(
            ProductFootprint.parse(with(document, "/companyIds", Json.createArrayBuilder().build()))
                .reason())
        .contains("/companyIds");
    assertThat(reasonWith("/productIds/0", "PP-R-25")).contains("/productIds/0");
  }

  @Test
  void refusesAnInvertedReferencePeriod() {
    assertThat(reasonWith("/pcf/referencePeriodEnd", "2024-01-01T00:00:00Z"))
        .isEqualTo("/pcf/referencePeriodEnd: must be after referencePeriodStart");
  }

  @Test
  void refusesDataQualityRatingsOutsideOneToFive() {
    assertThat(reasonWith("/pcf/dqi/temporalDQR", "5.5"))
        .isEqualTo("/pcf/dqi/temporalDQR: must be between 1 and 5 inclusive");
  }

  @Test
  void refusesPackagingEmissionsWhenPackagingIsExcluded() {
    var excluded = with(document, "/pcf/packagingEmissionsIncluded", jakarta.json.JsonValue.FALSE);
    assertThat(ProductFootprint.parse(excluded).reason())
        .isEqualTo(
            "/pcf/packagingGhgEmissions: must be undefined when packagingEmissionsIncluded is false");
  }

  @Test
  void refusesAnExtensionWithoutItsSchema() {
    assertThat(reasonWith("/extensions/0/dataSchema", null)).contains("/extensions/0/dataSchema");
  }

  @Test
  void refusesNoDocument() {
    assertThat(ProductFootprint.parse(null).succeeded()).isFalse();
  }

  private String reasonWith(String pointer, String value) {
    return ProductFootprint.parse(with(document, pointer, value)).reason();
  }
}
