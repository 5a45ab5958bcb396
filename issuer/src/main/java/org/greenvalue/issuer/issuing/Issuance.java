package org.greenvalue.issuer.issuing;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.issuer.orgs.Organisation;
import org.greenvalue.service.problem.Problem;

/**
 * What to issue: an unsigned credential for an organisation, in a format.
 *
 * @param credential the credential without proof; the issuer adds {@code id} (when absent), {@code
 *     issuer}, {@code validFrom} (when absent) and {@code credentialStatus}
 * @param kind the credential type recorded with it
 * @param keyType the key type asked for, or null for the format's first the organisation holds
 * @param evidenceDigest the bound evidence pack's manifest digest, or null
 * @param evidenceRoot its Merkle root (hex), or null
 * @param mandatoryPointers for ecdsa-sd-2023, what every disclosure must reveal (besides issuer,
 *     validity and status)
 */
public record Issuance(
    Organisation org,
    JsonObject credential,
    String kind,
    SecuringFormat format,
    KeyType keyType,
    String evidenceDigest,
    String evidenceRoot,
    List<String> mandatoryPointers) {

  public Issuance {
    mandatoryPointers = List.copyOf(mandatoryPointers);
  }

  /** An issuance without mandatory pointers. */
  public Issuance(
      Organisation org,
      JsonObject credential,
      String kind,
      SecuringFormat format,
      KeyType keyType,
      String evidenceDigest,
      String evidenceRoot) {
    this(org, credential, kind, format, keyType, evidenceDigest, evidenceRoot, List.of());
  }

  /**
   * The key type to sign with, among those the organisation holds: the requested one, or the
   * format's first that the organisation holds. A 422 when the format cannot be signed with the
   * requested type or with any key the organisation holds.
   */
  public KeyType signingKeyType(Set<KeyType> held) {
    if (keyType != null && !format.accepts(keyType)) {
      throw Problem.invalid(
          "key-type-not-for-format",
          format.label() + " cannot be signed with a " + keyType + " key");
    }
    List<KeyType> candidates = keyType != null ? List.of(keyType) : format.keyTypes();
    return candidates.stream()
        .filter(held::contains)
        .findFirst()
        .orElseThrow(
            () ->
                Problem.invalid(
                    "no-key-for-format",
                    "organisation "
                        + org.id()
                        + " has no "
                        + candidates.stream().map(KeyType::name).collect(Collectors.joining(" or "))
                        + " key for "
                        + format.label()));
  }
}
