package org.greenvalue.credentials.subject.retirement;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.credentials.subject.Co2eUnit;
import org.greenvalue.credentials.subject.CredentialSubject;
import org.greenvalue.credentials.subject.DecimalText;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.credentials.subject.Violation;
import org.greenvalue.credentials.subject.Violations;

/**
 * Proof that a quantity of a green-value lot was retired (claimed) once, for a named beneficiary
 * and purpose.
 *
 * <p>The quantity is in tCO2e with at most six decimal places, i.e. a whole number of grams, so it
 * maps exactly onto the integer grams the ledger counts in ({@link #grams()}).
 *
 * @param lotId the green-value lot retired from
 * @param quantity tonnes CO2e retired, above zero, at most six decimal places
 * @param beneficiary who the retirement is for (name)
 * @param beneficiaryId the beneficiary's identifier (DID, URL or URN), when known
 * @param purpose why it was retired (e.g. a Scope 3 claim for a reporting year)
 * @param retiredAt when the ledger recorded the retirement
 * @param sourceCredential the credential digest of the ΔCO2 credential the lot was minted from
 * @param retiredBy the organisation that held the lot and retired it (its registry id), when known
 */
public record RetirementCertificate(
    String lotId,
    BigDecimal quantity,
    String beneficiary,
    Optional<String> beneficiaryId,
    String purpose,
    Instant retiredAt,
    Sha256Digest sourceCredential,
    Optional<String> retiredBy)
    implements CredentialSubject {

  /** Decimal places of a tonne that still name a whole gram. */
  public static final int MAX_SCALE = 6;

  public RetirementCertificate {
    Objects.requireNonNull(lotId, "lotId");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(beneficiary, "beneficiary");
    Objects.requireNonNull(beneficiaryId, "beneficiaryId");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(retiredAt, "retiredAt");
    Objects.requireNonNull(sourceCredential, "sourceCredential");
    Objects.requireNonNull(retiredBy, "retiredBy");
    Violations.requireNone(rules(quantity));
  }

  /** A certificate that does not name the retiring organisation. */
  public RetirementCertificate(
      String lotId,
      BigDecimal quantity,
      String beneficiary,
      Optional<String> beneficiaryId,
      String purpose,
      Instant retiredAt,
      Sha256Digest sourceCredential) {
    this(
        lotId,
        quantity,
        beneficiary,
        beneficiaryId,
        purpose,
        retiredAt,
        sourceCredential,
        Optional.empty());
  }

  static List<Violation> rules(BigDecimal quantity) {
    var violations = new ArrayList<Violation>();
    if (quantity.signum() <= 0) {
      violations.add(new Violation("/quantity", "must be above zero"));
    }
    if (quantity.stripTrailingZeros().scale() > MAX_SCALE) {
      violations.add(
          new Violation("/quantity", "must have at most " + MAX_SCALE + " decimals (whole grams)"));
    }
    return violations;
  }

  /** Reads an untrusted {@code credentialSubject}; every problem is reported with its pointer. */
  public static Result<RetirementCertificate> parse(JsonObject subject) {
    return RetirementCertificateReader.read(subject);
  }

  /** The quantity in grams CO2e, exactly. */
  public BigInteger grams() {
    return quantity.movePointRight(MAX_SCALE).toBigIntegerExact();
  }

  @Override
  public SubjectKind kind() {
    return SubjectKind.RETIREMENT_CERTIFICATE;
  }

  @Override
  public JsonObject toJson() {
    var json =
        JSON.createObjectBuilder()
            .add("type", kind().subjectType())
            .add("lotId", lotId)
            .add("quantity", DecimalText.format(quantity))
            .add("unit", Co2eUnit.TONNES.wireName())
            .add("beneficiary", beneficiary);
    beneficiaryId.ifPresent(id -> json.add("beneficiaryId", id));
    json.add("purpose", purpose)
        .add("retiredAt", retiredAt.toString())
        .add("sourceCredential", sourceCredential.toString());
    retiredBy.ifPresent(org -> json.add("retiredBy", org));
    return json.build();
  }
}
