package org.greenvalue.credentials.related;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.greenvalue.common.Result;
import org.greenvalue.common.verification.Check;

/**
 * The checks of VC DM 2.0 §5.3, shared by the issuer, the verifier and the CLI: {@value #SHAPE}
 * (the entries are well formed) and {@value #DIGEST} (each resource the caller holds hashes to its
 * stated digest; resources not at hand are named as unchecked).
 */
public final class RelatedResourceRules {

  public static final String SHAPE = "vc.relatedResource";
  public static final String DIGEST = "vc.relatedResource.digest";

  private RelatedResourceRules() {}

  /** Whether the credential's {@code relatedResource} entries are well formed. */
  public static Check shape(JsonObject credential) {
    if (!credential.containsKey(RelatedResource.PROPERTY)) {
      return Check.skipped(SHAPE, "no relatedResource");
    }
    Result<List<RelatedResource>> resources = RelatedResource.of(credential);
    return resources.succeeded()
        ? Check.passed(SHAPE, resources.value().size() + " related resource(s), each with a digest")
        : Check.failed(SHAPE, resources.reason());
  }

  /**
   * Compares the resources at hand, by URL, with their stated digests. A resource at hand that the
   * credential does not list is not compared (nothing binds it); a listed one not at hand is
   * reported as unchecked without failing.
   *
   * @param atHand the resources' bytes by their {@code id}
   */
  public static Check digests(JsonObject credential, Map<String, byte[]> atHand) {
    Result<List<RelatedResource>> resources = RelatedResource.of(credential);
    if (!resources.succeeded()) {
      return Check.failed(DIGEST, resources.reason());
    }
    if (resources.value().isEmpty()) {
      return Check.skipped(DIGEST, "no relatedResource");
    }
    List<String> matched = new ArrayList<>();
    List<String> unchecked = new ArrayList<>();
    for (RelatedResource resource : resources.value()) {
      byte[] content = atHand.get(resource.id());
      if (content == null) {
        unchecked.add(resource.id());
      } else if (!resource.matches(content)) {
        return Check.failed(DIGEST, resource.id() + " does not match its stated digest");
      } else {
        matched.add(resource.id());
      }
    }
    if (matched.isEmpty()) {
      return Check.skipped(DIGEST, "no related resource at hand: " + String.join(", ", unchecked));
    }
    String reason = "matched " + String.join(", ", matched);
    return Check.passed(
        DIGEST,
        unchecked.isEmpty() ? reason : reason + "; not at hand: " + String.join(", ", unchecked));
  }
}
