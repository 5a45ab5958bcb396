package org.greenvalue.credentials.subject.reduction;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.credentials.subject.DecimalText;
import org.greenvalue.credentials.subject.SubjectReader;
import org.greenvalue.credentials.subject.Violation;
import org.greenvalue.credentials.subject.Violations;

/**
 * Inherited green value: a registry allocation (of a lot this credential's issuer holds) that a
 * downstream ΔCO2 credential relies on. The registry records a claim of the credential on the
 * allocation; a verifier walks the allocation's custody path back to the minted root lot.
 *
 * @param allocationId the allocation, {@code urn:uuid:<uuid>}
 * @param lotId the lot the allocation was made from, {@code urn:uuid:<uuid>}
 * @param quantity tCO2e of the allocation this credential relies on ({@link ReductionRules})
 * @param sourceCredentials digests of the root lots' minted ΔCO2 credentials, at least one
 * @param transferRecords ids ({@code urn:uuid:<transfer uuid>}) of the registry-signed transfer
 *     records along the path; empty when the allocation's lot is the minted lot itself
 */
public record UpstreamReference(
    String allocationId,
    String lotId,
    BigDecimal quantity,
    List<Sha256Digest> sourceCredentials,
    List<String> transferRecords) {

  /** The prefix of the ids inside credentials. */
  public static final String UUID_URN = "urn:uuid:";

  public UpstreamReference {
    Objects.requireNonNull(allocationId, "allocationId");
    Objects.requireNonNull(lotId, "lotId");
    Objects.requireNonNull(quantity, "quantity");
    sourceCredentials = List.copyOf(sourceCredentials);
    transferRecords = List.copyOf(transferRecords);
    Violations.requireNone(rules(allocationId, lotId, sourceCredentials, transferRecords));
  }

  /** The allocation's registry id. */
  public UUID allocationUuid() {
    return uuidOf(allocationId).orElseThrow();
  }

  /** The lot's registry id. */
  public UUID lotUuid() {
    return uuidOf(lotId).orElseThrow();
  }

  /** The UUID of a {@code urn:uuid:} URN, or empty when the text is not one. */
  public static Optional<UUID> uuidOf(String urn) {
    if (urn == null || !urn.startsWith(UUID_URN)) {
      return Optional.empty();
    }
    String rest = urn.substring(UUID_URN.length());
    try {
      UUID uuid = UUID.fromString(rest);
      return uuid.toString().equalsIgnoreCase(rest) ? Optional.of(uuid) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static List<Violation> rules(
      String allocationId,
      String lotId,
      List<Sha256Digest> sourceCredentials,
      List<String> transferRecords) {
    var violations = new ArrayList<Violation>();
    if (uuidOf(allocationId).isEmpty()) {
      violations.add(new Violation("/allocationId", "must be urn:uuid:<uuid>"));
    }
    if (uuidOf(lotId).isEmpty()) {
      violations.add(new Violation("/lotId", "must be urn:uuid:<uuid>"));
    }
    if (sourceCredentials.isEmpty()) {
      violations.add(new Violation("/sourceCredentials", "must name at least one digest"));
    }
    for (int i = 0; i < transferRecords.size(); i++) {
      if (uuidOf(transferRecords.get(i)).isEmpty()) {
        violations.add(new Violation("/transferRecords/" + i, "must be urn:uuid:<uuid>"));
      }
    }
    return violations;
  }

  /** Reads one reference; violations go to the reader, empty when there were any. */
  static Optional<UpstreamReference> read(SubjectReader in) {
    int before = in.violations().size();
    var allocationId = in.text("allocationId");
    var lotId = in.text("lotId");
    var quantity = in.decimal("quantity");
    if (!in.has("sourceCredentials")) {
      in.reject("sourceCredentials", "is required");
    }
    var digests = new ArrayList<Sha256Digest>();
    var texts = in.texts("sourceCredentials");
    for (int i = 0; i < texts.size(); i++) {
      var digest = Sha256Digest.parse(texts.get(i));
      if (digest.succeeded()) {
        digests.add(digest.value());
      } else {
        in.rejectItem("sourceCredentials", i, digest.reason());
      }
    }
    var transfers = in.texts("transferRecords");
    allocationId
        .filter(id -> uuidOf(id).isEmpty())
        .ifPresent(id -> in.reject("allocationId", "must be urn:uuid:<uuid>"));
    lotId
        .filter(id -> uuidOf(id).isEmpty())
        .ifPresent(id -> in.reject("lotId", "must be urn:uuid:<uuid>"));
    if (in.has("sourceCredentials") && texts.isEmpty()) {
      in.reject("sourceCredentials", "must name at least one digest");
    }
    for (int i = 0; i < transfers.size(); i++) {
      if (uuidOf(transfers.get(i)).isEmpty()) {
        in.rejectItem("transferRecords", i, "must be urn:uuid:<uuid>");
      }
    }
    if (in.violations().size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new UpstreamReference(allocationId.get(), lotId.get(), quantity.get(), digests, transfers));
  }

  public JsonObject toJson() {
    var digests = JSON.createArrayBuilder();
    sourceCredentials.forEach(d -> digests.add(d.toString()));
    var transfers = JSON.createArrayBuilder();
    transferRecords.forEach(transfers::add);
    return JSON.createObjectBuilder()
        .add("allocationId", allocationId)
        .add("lotId", lotId)
        .add("quantity", DecimalText.format(quantity))
        .add("sourceCredentials", digests)
        .add("transferRecords", transfers)
        .build();
  }
}
