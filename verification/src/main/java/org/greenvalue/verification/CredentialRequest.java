package org.greenvalue.verification;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.greenvalue.credentials.subject.assurance.AssuranceLevel;

/**
 * One credential to verify and what came with it.
 *
 * @param credential the secured credential: a compact {@code vc+jwt} or Data Integrity JSON
 * @param assurances secured assurance credentials offered for it (may be empty)
 * @param evidencePack the evidence pack (full or disclosed) the credential binds, if given
 * @param anchorReceipt its anchor receipt JSON, if given (otherwise the receipt source is asked)
 * @param requiredLevel the assurance level required; {@code LIMITED} accepts either level
 * @param relatedResources resources the credential's {@code relatedResource} may name, by URL: each
 *     one named there must hash to its stated digest (VC DM 2.0 §5.3)
 */
public record CredentialRequest(
    String credential,
    List<String> assurances,
    Optional<Path> evidencePack,
    Optional<String> anchorReceipt,
    AssuranceLevel requiredLevel,
    Map<String, byte[]> relatedResources) {

  public CredentialRequest {
    relatedResources = Map.copyOf(relatedResources);
    Objects.requireNonNull(credential, "credential");
    assurances = List.copyOf(assurances);
    Objects.requireNonNull(evidencePack, "evidencePack");
    Objects.requireNonNull(anchorReceipt, "anchorReceipt");
    Objects.requireNonNull(requiredLevel, "requiredLevel");
  }

  public CredentialRequest(
      String credential,
      List<String> assurances,
      Optional<Path> evidencePack,
      Optional<String> anchorReceipt,
      AssuranceLevel requiredLevel) {
    this(credential, assurances, evidencePack, anchorReceipt, requiredLevel, Map.of());
  }

  /** The same request with the related resources at hand. */
  public CredentialRequest withRelatedResources(Map<String, byte[]> resources) {
    return new CredentialRequest(
        credential, assurances, evidencePack, anchorReceipt, requiredLevel, resources);
  }

  public static CredentialRequest of(String credential) {
    return new CredentialRequest(
        credential, List.of(), Optional.empty(), Optional.empty(), AssuranceLevel.LIMITED);
  }

  public CredentialRequest withAssurance(String assurance) {
    var all = new java.util.ArrayList<>(assurances);
    all.add(assurance);
    return new CredentialRequest(
        credential, all, evidencePack, anchorReceipt, requiredLevel, relatedResources);
  }

  public CredentialRequest withEvidencePack(Path pack) {
    return new CredentialRequest(
        credential, assurances, Optional.of(pack), anchorReceipt, requiredLevel, relatedResources);
  }

  public CredentialRequest withAnchorReceipt(String receiptJson) {
    return new CredentialRequest(
        credential,
        assurances,
        evidencePack,
        Optional.of(receiptJson),
        requiredLevel,
        relatedResources);
  }

  public CredentialRequest withRequiredLevel(AssuranceLevel level) {
    return new CredentialRequest(
        credential, assurances, evidencePack, anchorReceipt, level, relatedResources);
  }
}
