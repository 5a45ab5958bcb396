package org.greenvalue.verification;

import java.nio.file.Path;
import java.util.List;
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
 */
public record CredentialRequest(
    String credential,
    List<String> assurances,
    Optional<Path> evidencePack,
    Optional<String> anchorReceipt,
    AssuranceLevel requiredLevel) {

  public CredentialRequest {
    Objects.requireNonNull(credential, "credential");
    assurances = List.copyOf(assurances);
    Objects.requireNonNull(evidencePack, "evidencePack");
    Objects.requireNonNull(anchorReceipt, "anchorReceipt");
    Objects.requireNonNull(requiredLevel, "requiredLevel");
  }

  public static CredentialRequest of(String credential) {
    return new CredentialRequest(
        credential, List.of(), Optional.empty(), Optional.empty(), AssuranceLevel.LIMITED);
  }

  public CredentialRequest withAssurance(String assurance) {
    var all = new java.util.ArrayList<>(assurances);
    all.add(assurance);
    return new CredentialRequest(credential, all, evidencePack, anchorReceipt, requiredLevel);
  }

  public CredentialRequest withEvidencePack(Path pack) {
    return new CredentialRequest(
        credential, assurances, Optional.of(pack), anchorReceipt, requiredLevel);
  }

  public CredentialRequest withAnchorReceipt(String receiptJson) {
    return new CredentialRequest(
        credential, assurances, evidencePack, Optional.of(receiptJson), requiredLevel);
  }

  public CredentialRequest withRequiredLevel(AssuranceLevel level) {
    return new CredentialRequest(credential, assurances, evidencePack, anchorReceipt, level);
  }
}
