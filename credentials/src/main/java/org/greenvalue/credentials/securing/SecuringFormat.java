package org.greenvalue.credentials.securing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.greenvalue.credentials.keys.KeyType;

/**
 * How a credential is secured: an enveloping JOSE signature or an embedded Data Integrity proof.
 * These are the formats this library issues (and verifies); {@link SecuringFormats} adds the older
 * ones it only verifies. Everything that names the formats to users (the CLI's {@code --format},
 * the issuer's {@code format}, the README's table) reads them from here.
 */
public enum SecuringFormat {
  /** VC-JOSE-COSE: compact JWS, {@code application/vc+jwt}; EdDSA, ES256 or ES384 by key type. */
  VC_JWT("vc+jwt", KeyType.ED25519, KeyType.P256, KeyType.P384),
  EDDSA_RDFC_2022("eddsa-rdfc-2022", KeyType.ED25519),
  EDDSA_JCS_2022("eddsa-jcs-2022", KeyType.ED25519),
  ECDSA_RDFC_2019("ecdsa-rdfc-2019", KeyType.P256, KeyType.P384),
  /** Selective disclosure: a base proof the holder derives disclosures from. */
  ECDSA_SD_2023("ecdsa-sd-2023", KeyType.P256);

  private final String label;
  private final List<KeyType> keyTypes;

  SecuringFormat(String label, KeyType... keyTypes) {
    this.label = label;
    this.keyTypes = List.of(keyTypes);
  }

  /** The name users give: {@code vc+jwt} or the cryptosuite name. */
  public String label() {
    return label;
  }

  /** Whether a key of this type can secure in this format. */
  public boolean accepts(KeyType type) {
    return keyTypes.contains(type);
  }

  /** The key types that can secure in this format, the one to use when several fit first. */
  public List<KeyType> keyTypes() {
    return keyTypes;
  }

  public boolean isDataIntegrity() {
    return this != VC_JWT;
  }

  public static Optional<SecuringFormat> ofLabel(String label) {
    return Arrays.stream(values()).filter(f -> f.label.equals(label)).findFirst();
  }

  /** Every label, in declaration order ({@code vc+jwt} first, the default). */
  public static List<String> labels() {
    return Arrays.stream(values()).map(SecuringFormat::label).toList();
  }

  /** The labels for messages: {@code "vc+jwt, eddsa-rdfc-2022, …, ecdsa-sd-2023"}. */
  public static String labelList() {
    return String.join(", ", labels());
  }
}
