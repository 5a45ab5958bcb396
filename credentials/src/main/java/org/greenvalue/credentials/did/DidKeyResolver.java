package org.greenvalue.credentials.did;

import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import org.greenvalue.credentials.Result;
import org.greenvalue.credentials.keys.Multikey;
import org.greenvalue.credentials.keys.VerificationKey;

/**
 * The {@code did:key} method: the document is derived from the multikey in the DID itself, with one
 * verification method {@code did:key:z...#z...} authorised for every relationship. Supports Ed25519
 * ({@code z6Mk}) and P-256 ({@code zDn}) keys. Resolution is offline.
 */
public final class DidKeyResolver implements DidResolver {

  private static final String PREFIX = "did:key:";

  /** The did:key of a public key. */
  public static String didFor(VerificationKey key) {
    return PREFIX + Multikey.encodePublic(key);
  }

  /** The verification method URL of a public key's did:key. */
  public static String methodFor(VerificationKey key) {
    String multikey = Multikey.encodePublic(key);
    return PREFIX + multikey + "#" + multikey;
  }

  @Override
  public boolean supports(String did) {
    return did != null && did.startsWith(PREFIX);
  }

  @Override
  public Result<DidDocument> resolve(String did) {
    if (!supports(did)) {
      return Result.failure("not a did:key: " + did);
    }
    String multikey = did.substring(PREFIX.length());
    if (multikey.contains("#") || multikey.contains(":")) {
      return Result.failure("malformed did:key: " + did);
    }
    return Multikey.decodePublic(multikey)
        .map(
            key -> {
              String methodId = did + "#" + multikey;
              var relationships =
                  new EnumMap<VerificationRelationship, Set<String>>(
                      VerificationRelationship.class);
              for (VerificationRelationship r : VerificationRelationship.values()) {
                relationships.put(r, Set.of(methodId));
              }
              return new DidDocument(
                  did, List.of(VerificationMethod.multikey(methodId, did, key)), relationships);
            });
  }
}
