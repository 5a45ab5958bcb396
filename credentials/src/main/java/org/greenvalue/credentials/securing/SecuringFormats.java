package org.greenvalue.credentials.securing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.greenvalue.credentials.dataintegrity.LegacyProofSuite;
import org.greenvalue.credentials.jose.LegacyJwtClaims;
import org.greenvalue.credentials.keys.KeyType;

/**
 * Every securing format this library knows, by label: the {@link SecuringFormat}s it issues and
 * verifies, then the older ones it only verifies (VC-JWT 1.1 and the {@link LegacyProofSuite} proof
 * types). The README's table of securing formats is held to this list by a test.
 */
public final class SecuringFormats {

  /**
   * A known format.
   *
   * @param label the name users and verified facts give it
   * @param keyTypes the key types that can secure in it
   * @param issuable whether this library issues it, or only verifies it
   */
  public record Known(String label, List<KeyType> keyTypes, boolean issuable) {
    public Known {
      keyTypes = List.copyOf(keyTypes);
    }
  }

  private static final List<Known> ALL = build();

  private SecuringFormats() {}

  /** The issuable formats in {@link SecuringFormat} order, then the verify-only ones. */
  public static List<Known> all() {
    return ALL;
  }

  public static Optional<Known> ofLabel(String label) {
    return ALL.stream().filter(known -> known.label().equals(label)).findFirst();
  }

  private static List<Known> build() {
    var all = new ArrayList<Known>();
    for (SecuringFormat format : SecuringFormat.values()) {
      all.add(new Known(format.label(), format.keyTypes(), true));
    }
    // A VC-JWT 1.1 is a JWS like vc+jwt: the same algorithms, so the same key types.
    all.add(new Known(LegacyJwtClaims.FORMAT, SecuringFormat.VC_JWT.keyTypes(), false));
    for (LegacyProofSuite suite : LegacyProofSuite.all()) {
      all.add(
          new Known(
              suite.proofType(),
              Arrays.stream(KeyType.values()).filter(suite::accepts).toList(),
              false));
    }
    return List.copyOf(all);
  }
}
