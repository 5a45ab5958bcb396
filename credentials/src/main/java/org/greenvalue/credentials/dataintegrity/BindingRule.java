package org.greenvalue.credentials.dataintegrity;

import jakarta.json.JsonObject;
import java.util.Optional;
import org.greenvalue.common.verification.Check;
import org.greenvalue.credentials.did.ControllerBinding;
import org.greenvalue.credentials.did.VerificationMethod;
import org.greenvalue.credentials.did.VerificationRelationship;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.greenvalue.credentials.model.VerifiablePresentation;

/**
 * Binds a proof to the party it speaks for ({@code proof[i].controller}): an assertion proof, as on
 * a credential, must be made with a verification method of the {@code issuer}; an authentication
 * proof, as on a presentation, with one of the {@code holder}. The DID document's {@code
 * controller} of the method must be exactly that DID ({@link ControllerBinding}). Without this, any
 * valid key could sign a credential naming an accredited issuer.
 *
 * <p>An assurance credential is bound the same way: its statement names the provider only by its
 * accreditation (body and reference), not by a DID, so the provider is the issuer and the proof
 * must be the issuer's; whether that issuer is accredited for assurance is the trust check's.
 */
final class BindingRule {

  static final String NAME = "controller";

  private BindingRule() {}

  static Check check(
      JsonObject unsecured, VerificationRelationship purpose, Optional<VerificationMethod> method) {
    boolean holder = purpose == VerificationRelationship.AUTHENTICATION;
    String role = holder ? "holder" : "issuer";
    if (method.isEmpty()) {
      return Check.skipped(NAME, "no verification method to bind to the " + role);
    }
    Optional<String> party =
        holder
            ? VerifiablePresentation.of(unsecured).holderId()
            : VerifiableCredential.of(unsecured).issuerId();
    if (party.isEmpty()) {
      return holder
          ? Check.skipped(NAME, "the presentation names no holder")
          : Check.failed(NAME, "the document names no issuer to bind the key to");
    }
    return ControllerBinding.mismatch(method.get(), party.get(), role)
        .map(why -> Check.failed(NAME, why))
        .orElseGet(
            () ->
                Check.passed(
                    NAME,
                    "the key is controlled by the " + role + " " + method.get().controller()));
  }
}
