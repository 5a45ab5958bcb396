package org.greenvalue.credentials.did;

import org.greenvalue.common.Result;

/** Resolves a DID to its document. Implementations never fetch from hosts not allow-listed. */
public interface DidResolver {

  /** Whether this resolver handles the DID's method (e.g. {@code did:key:...}). */
  boolean supports(String did);

  Result<DidDocument> resolve(String did);

  /**
   * Resolves the DID URL of a verification method and checks the DID's document authorises it for
   * the relationship.
   */
  default Result<VerificationMethod> resolveVerificationMethod(
      String methodUrl, VerificationRelationship relationship) {
    if (methodUrl == null || !methodUrl.startsWith("did:")) {
      return Result.failure("verification method must be a DID URL, got " + methodUrl);
    }
    int hash = methodUrl.indexOf('#');
    String did = hash < 0 ? methodUrl : methodUrl.substring(0, hash);
    if (!supports(did)) {
      return Result.failure("unsupported DID method: " + did);
    }
    return resolve(did).flatMap(doc -> doc.authorised(methodUrl, relationship));
  }
}
