package org.greenvalue.verification;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.greenvalue.credentials.subject.assurance.AssuranceLevel;

/**
 * A presentation to verify.
 *
 * @param presentation a compact {@code vp+jwt} or a Data Integrity JSON presentation
 * @param challenge the challenge the verifier issued (JWT {@code nonce}, proof {@code challenge})
 * @param domain the verifier's domain (JWT {@code aud}, proof {@code domain})
 * @param evidencePack the evidence pack of the main credential, if given
 * @param anchorReceipt the main credential's anchor receipt JSON, if given
 * @param requiredLevel the assurance level required
 */
public record PresentationRequest(
    String presentation,
    Optional<String> challenge,
    Optional<String> domain,
    Optional<Path> evidencePack,
    Optional<String> anchorReceipt,
    AssuranceLevel requiredLevel) {

  public PresentationRequest {
    Objects.requireNonNull(presentation, "presentation");
    Objects.requireNonNull(challenge, "challenge");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(evidencePack, "evidencePack");
    Objects.requireNonNull(anchorReceipt, "anchorReceipt");
    Objects.requireNonNull(requiredLevel, "requiredLevel");
  }

  public static PresentationRequest of(String presentation, String challenge, String domain) {
    return new PresentationRequest(
        presentation,
        Optional.ofNullable(challenge),
        Optional.ofNullable(domain),
        Optional.empty(),
        Optional.empty(),
        AssuranceLevel.LIMITED);
  }
}
