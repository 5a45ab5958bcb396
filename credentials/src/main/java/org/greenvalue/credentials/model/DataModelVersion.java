package org.greenvalue.credentials.model;

import java.util.List;
import java.util.Optional;

/**
 * The version of the Verifiable Credentials Data Model a document follows, told by its first
 * {@code @context} item (VC DM 2.0 §4.3, VC DM 1.1 §4.1). A document naming both base contexts
 * follows neither and is refused.
 */
public enum DataModelVersion {
  /** VC Data Model 1.1: {@code issuanceDate} and {@code expirationDate}. */
  V1_1("1.1", "https://www.w3.org/2018/credentials/v1"),
  /** VC Data Model 2.0: {@code validFrom} and {@code validUntil}. */
  V2_0("2.0", "https://www.w3.org/ns/credentials/v2");

  private final String label;
  private final String baseContext;

  DataModelVersion(String label, String baseContext) {
    this.label = label;
    this.baseContext = baseContext;
  }

  /** {@code 1.1} or {@code 2.0}, as reported among a credential's facts. */
  public String label() {
    return label;
  }

  /** The base context that must be the first {@code @context} item. */
  public String baseContext() {
    return baseContext;
  }

  /** The version whose base context is the first item; empty for any other first item. */
  public static Optional<DataModelVersion> ofFirstContext(List<String> contexts) {
    if (contexts.isEmpty()) {
      return Optional.empty();
    }
    for (DataModelVersion version : values()) {
      if (version.baseContext.equals(contexts.get(0))) {
        return Optional.of(version);
      }
    }
    return Optional.empty();
  }

  /** Whether the contexts name the base contexts of both versions. */
  public static boolean mixes(List<String> contexts) {
    return contexts.contains(V1_1.baseContext) && contexts.contains(V2_0.baseContext);
  }
}
