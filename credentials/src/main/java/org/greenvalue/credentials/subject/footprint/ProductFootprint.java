package org.greenvalue.credentials.subject.footprint;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.subject.CredentialSubject;
import org.greenvalue.credentials.subject.Period;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.credentials.subject.Violations;

/**
 * A PACT v3 ProductFootprint, kept verbatim: the JSON object received is the JSON object carried,
 * member for member, data model {@code extensions} and unknown members included. Decimals stay the
 * strings PACT writes; the accessors give them as {@link BigDecimal}.
 *
 * <p>Instances exist only for documents that passed {@link ProductFootprintSchema} and {@link
 * FootprintRules}.
 *
 * <p>As a credential subject the footprint is wrapped, not flattened, because VC 2.0 requires a
 * subject {@code id} to be a URL and PACT's {@code id} is a bare UUID:
 *
 * <pre>{"id": "urn:uuid:&lt;footprint id&gt;", "type": "ProductCarbonFootprint",
 *  "productFootprint": { ...the PACT ProductFootprint, unchanged... }}</pre>
 */
public final class ProductFootprint implements CredentialSubject {

  /** The member of the credential subject that holds the PACT document. */
  public static final String MEMBER = "productFootprint";

  private final JsonObject document;

  private ProductFootprint(JsonObject document) {
    this.document = Objects.requireNonNull(document, "document");
  }

  /** Validates a PACT v3 ProductFootprint; every violation is reported with its JSON Pointer. */
  public static Result<ProductFootprint> parse(JsonObject document) {
    if (document == null) {
      return Result.failure("no ProductFootprint given");
    }
    var violations = new ArrayList<>(ProductFootprintSchema.validate(document));
    if (violations.isEmpty()) {
      violations.addAll(FootprintRules.check(document));
    }
    return Violations.toResult(violations, () -> new ProductFootprint(document));
  }

  /** Reads the footprint out of a {@code ProductCarbonFootprint} credential subject. */
  public static Result<ProductFootprint> fromSubject(JsonObject subject) {
    String type = SubjectKind.PRODUCT_CARBON_FOOTPRINT.subjectType();
    if (subject == null
        || !(subject.get("type") instanceof JsonString t)
        || !t.getString().equals(type)) {
      return Result.failure("/type: must be " + type);
    }
    if (!(subject.get(MEMBER) instanceof JsonObject footprint)) {
      return Result.failure("/" + MEMBER + ": must be a PACT ProductFootprint object");
    }
    return parse(footprint).flatMap(f -> f.checkSubjectId(subject));
  }

  private Result<ProductFootprint> checkSubjectId(JsonObject subject) {
    String expected = subjectId();
    if (subject.containsKey("id")
        && !(subject.get("id") instanceof JsonString s && s.getString().equals(expected))) {
      return Result.failure("/id: must be " + expected + " (the footprint id as a URN)");
    }
    return Result.success(this);
  }

  /** The PACT document exactly as received. */
  public JsonObject document() {
    return document;
  }

  public String id() {
    return document.getString("id");
  }

  /** {@code urn:uuid:<id>}, the credential subject's {@code id}. */
  public String subjectId() {
    return "urn:uuid:" + id().toLowerCase(java.util.Locale.ROOT);
  }

  public String specVersion() {
    return document.getString("specVersion");
  }

  public String status() {
    return document.getString("status");
  }

  public String companyName() {
    return document.getString("companyName");
  }

  public List<String> productIds() {
    return document.getJsonArray("productIds").getValuesAs(JsonString::getString);
  }

  public String declaredUnitOfMeasurement() {
    return pcf().getString("declaredUnitOfMeasurement");
  }

  public BigDecimal declaredUnitAmount() {
    return pcfDecimal("declaredUnitAmount").orElseThrow();
  }

  /** kgCO2e per declared unit, biogenic uptake excluded. */
  public BigDecimal pcfExcludingBiogenicUptake() {
    return pcfDecimal("pcfExcludingBiogenicUptake").orElseThrow();
  }

  /** kgCO2e per declared unit, biogenic uptake included. */
  public BigDecimal pcfIncludingBiogenicUptake() {
    return pcfDecimal("pcfIncludingBiogenicUptake").orElseThrow();
  }

  /** Any decimal member of {@code pcf}, exactly; empty when absent. */
  public Optional<BigDecimal> pcfDecimal(String member) {
    return FootprintRules.decimal(pcf(), member);
  }

  /** The reference period [referencePeriodStart, referencePeriodEnd). */
  public Period referencePeriod() {
    return new Period(
        FootprintRules.instant(pcf(), "referencePeriodStart").orElseThrow(),
        FootprintRules.instant(pcf(), "referencePeriodEnd").orElseThrow());
  }

  /** The data model extensions, verbatim; empty when there are none. */
  public JsonArray extensions() {
    return document.containsKey("extensions")
        ? document.getJsonArray("extensions")
        : JsonArray.EMPTY_JSON_ARRAY;
  }

  private JsonObject pcf() {
    return document.getJsonObject("pcf");
  }

  @Override
  public SubjectKind kind() {
    return SubjectKind.PRODUCT_CARBON_FOOTPRINT;
  }

  @Override
  public JsonObject toJson() {
    return JSON.createObjectBuilder()
        .add("id", subjectId())
        .add("type", kind().subjectType())
        .add(MEMBER, document)
        .build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProductFootprint f && f.document.equals(document);
  }

  @Override
  public int hashCode() {
    return document.hashCode();
  }

  @Override
  public String toString() {
    return "ProductFootprint[" + id() + "]";
  }
}
