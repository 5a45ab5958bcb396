package org.greenvalue.credentials.did;

import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.keys.Multikey;
import org.greenvalue.credentials.keys.VerificationKey;

/**
 * The {@code did:key} method: the document is derived from the multikey in the DID itself, with one
 * verification method {@code did:key:z...#z...} authorised for every relationship. Supports Ed25519
 * ({@code z6Mk}) and P-256 ({@code zDn}) keys. Resolution is offline.
 */
public final class DidKeyResolver implements DidResolver {

  private static final String PREFIX = "did:key:";

  /** Most documents kept; a did:key document is a pure function of the DID, so never stale. */
  private static final int CACHE_SIZE = 4_096;

  private final ConcurrentHashMap<String, DidDocument> cache = new ConcurrentHashMap<>();

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

  /** Resolves the DID, reusing the decoded document of a DID seen before. */
  @Override
  public Result<DidDocument> resolve(String did) {
    DidDocument cached = did == null ? null : cache.get(did);
    if (cached != null) {
      return Result.success(cached);
    }
    Result<DidDocument> resolved = derive(did);
    if (resolved.succeeded()) {
      if (cache.size() >= CACHE_SIZE) {
        cache.clear();
      }
      cache.put(did, resolved.value());
    }
    return resolved;
  }

  private Result<DidDocument> derive(String did) {
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
