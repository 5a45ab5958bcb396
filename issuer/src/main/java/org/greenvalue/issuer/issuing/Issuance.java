package org.greenvalue.issuer.issuing;

import jakarta.json.JsonObject;
import org.greenvalue.credentials.keys.KeyType;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.issuer.orgs.Organisation;

/**
 * What to issue: an unsigned credential for an organisation, in a format.
 *
 * @param credential the credential without proof; the issuer adds {@code id} (when absent), {@code
 *     issuer}, {@code validFrom} (when absent) and {@code credentialStatus}
 * @param kind the credential type recorded with it
 * @param keyType the key to sign vc+jwt with (Data Integrity suites fix their own)
 * @param evidenceDigest the bound evidence pack's manifest digest, or null
 * @param evidenceRoot its Merkle root (hex), or null
 */
public record Issuance(
    Organisation org,
    JsonObject credential,
    String kind,
    SecuringFormat format,
    KeyType keyType,
    String evidenceDigest,
    String evidenceRoot) {

  /** The key type a format signs with. */
  public KeyType signingKeyType() {
    return switch (format) {
      case VC_JWT -> keyType == null ? KeyType.ED25519 : keyType;
      case EDDSA_RDFC_2022, EDDSA_JCS_2022 -> KeyType.ED25519;
      case ECDSA_RDFC_2019 -> KeyType.P256;
    };
  }
}
