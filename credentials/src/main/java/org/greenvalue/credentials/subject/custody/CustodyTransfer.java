package org.greenvalue.credentials.subject.custody;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.greenvalue.common.Result;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.credentials.subject.CredentialSubject;
import org.greenvalue.credentials.subject.DecimalText;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.credentials.subject.Violation;
import org.greenvalue.credentials.subject.Violations;
import org.greenvalue.credentials.subject.reduction.UpstreamReference;

/**
 * The registry's record of one transfer of green value: a quantity of a lot moved to a new child
 * lot owned by another organisation, against a delivery. The registry signs it as a {@code
 * CustodyTransferCredential}; a verifier checks each hop of a custody path against it.
 *
 * @param lotId the source lot, {@code urn:uuid:<uuid>}
 * @param childLotId the lot the transfer created, {@code urn:uuid:<uuid>}
 * @param transferor the organisation that held the source lot (registry organisation id)
 * @param transferee the organisation that holds the child lot
 * @param quantity tCO2e moved, above zero, at most six decimals (whole grams)
 * @param deliveryReference the delivery the value travels with (e.g. an invoice number), 1 to
 *     {@value #MAX_DELIVERY_REFERENCE} characters, no control characters
 * @param sourceCredential digest of the ΔCO2 credential the root lot was minted from
 * @param transferredAt the block time of the transfer
 */
public record CustodyTransfer(
    String lotId,
    String childLotId,
    String transferor,
    String transferee,
    BigDecimal quantity,
    String deliveryReference,
    Sha256Digest sourceCredential,
    Instant transferredAt)
    implements CredentialSubject {

  /** Longest delivery reference accepted. */
  public static final int MAX_DELIVERY_REFERENCE = 256;

  /** Decimal places of a tonne that still name a whole gram. */
  public static final int MAX_SCALE = 6;

  public CustodyTransfer {
    Objects.requireNonNull(lotId, "lotId");
    Objects.requireNonNull(childLotId, "childLotId");
    Objects.requireNonNull(transferor, "transferor");
    Objects.requireNonNull(transferee, "transferee");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(deliveryReference, "deliveryReference");
    Objects.requireNonNull(sourceCredential, "sourceCredential");
    Objects.requireNonNull(transferredAt, "transferredAt");
    Violations.requireNone(
        rules(lotId, childLotId, transferor, transferee, quantity, deliveryReference));
  }

  static List<Violation> rules(
      String lotId,
      String childLotId,
      String transferor,
      String transferee,
      BigDecimal quantity,
      String deliveryReference) {
    var violations = new ArrayList<Violation>();
    if (UpstreamReference.uuidOf(lotId).isEmpty()) {
      violations.add(new Violation("/lotId", "must be urn:uuid:<uuid>"));
    }
    if (UpstreamReference.uuidOf(childLotId).isEmpty()) {
      violations.add(new Violation("/childLotId", "must be urn:uuid:<uuid>"));
    } else if (childLotId.equalsIgnoreCase(lotId)) {
      violations.add(new Violation("/childLotId", "must differ from lotId"));
    }
    if (transferor.equals(transferee)) {
      violations.add(new Violation("/transferee", "must differ from the transferor"));
    }
    if (quantity.signum() <= 0) {
      violations.add(new Violation("/quantity", "must be above zero"));
    }
    if (quantity.stripTrailingZeros().scale() > MAX_SCALE) {
      violations.add(
          new Violation("/quantity", "must have at most " + MAX_SCALE + " decimals (whole grams)"));
    }
    if (deliveryReference.isEmpty() || deliveryReference.length() > MAX_DELIVERY_REFERENCE) {
      violations.add(
          new Violation(
              "/deliveryReference", "must be 1 to " + MAX_DELIVERY_REFERENCE + " characters"));
    } else if (deliveryReference.chars().anyMatch(Character::isISOControl)) {
      violations.add(new Violation("/deliveryReference", "must not contain control characters"));
    }
    return violations;
  }

  /** Reads an untrusted {@code credentialSubject}; every problem is reported with its pointer. */
  public static Result<CustodyTransfer> parse(JsonObject subject) {
    return CustodyTransferReader.read(subject);
  }

  @Override
  public SubjectKind kind() {
    return SubjectKind.CUSTODY_TRANSFER;
  }

  @Override
  public JsonObject toJson() {
    return JSON.createObjectBuilder()
        .add("type", kind().subjectType())
        .add("lotId", lotId)
        .add("childLotId", childLotId)
        .add("transferor", transferor)
        .add("transferee", transferee)
        .add("quantity", DecimalText.format(quantity))
        .add("deliveryReference", deliveryReference)
        .add("sourceCredential", sourceCredential.toString())
        .add("transferredAt", transferredAt.toString())
        .build();
  }
}
