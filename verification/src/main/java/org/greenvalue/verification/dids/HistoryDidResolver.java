package org.greenvalue.verification.dids;

import java.util.Objects;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.did.DidDocument;
import org.greenvalue.credentials.did.DidResolver;
import org.greenvalue.credentials.did.VerificationMethod;
import org.greenvalue.credentials.did.VerificationRelationship;

/**
 * Resolves through today's document first; when it lacks the method (a key revoked for compromise
 * leaves the document), through the DID's registered history, so a credential signed before the
 * compromise still has its proof checked. Whether the key was valid when the credential was signed
 * is then decided by the key history check, never here.
 */
public final class HistoryDidResolver implements DidResolver {

  private final DidResolver today;
  private final KeyHistorySource history;

  public HistoryDidResolver(DidResolver today, KeyHistorySource history) {
    this.today = Objects.requireNonNull(today, "today");
    this.history = Objects.requireNonNull(history, "history");
  }

  @Override
  public boolean supports(String did) {
    return today.supports(did);
  }

  @Override
  public Result<DidDocument> resolve(String did) {
    return today.resolve(did);
  }

  @Override
  public Result<VerificationMethod> resolveVerificationMethod(
      String methodUrl, VerificationRelationship relationship) {
    Result<VerificationMethod> current = today.resolveVerificationMethod(methodUrl, relationship);
    if (current.succeeded() || methodUrl == null || !methodUrl.startsWith("did:web:")) {
      return current;
    }
    int hash = methodUrl.indexOf('#');
    String did = hash < 0 ? methodUrl : methodUrl.substring(0, hash);
    if (!today.resolve(did).succeeded()) {
      return current; // only a document that resolves and lacks the key falls back
    }
    Result<java.util.Optional<DidHistory>> known = history.historyOf(did);
    if (!known.succeeded() || known.value().isEmpty()) {
      return current;
    }
    return known
        .value()
        .get()
        .lastAuthorised(methodUrl, relationship)
        .<Result<VerificationMethod>>map(Result::success)
        .orElse(current);
  }
}
