package org.greenvalue.registry.trust;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Suspend, reinstate or revoke a DID's accreditation for one credential type, with a reason. */
public record StatusChangeRequest(
    @NotNull @Size(max = 2048) @Pattern(regexp = Patterns.DID, message = "is not a DID") String did,
    @NotNull @Pattern(regexp = Patterns.CREDENTIAL_TYPE, message = "is not a credential type name")
        String credentialType,
    @NotNull Action action,
    @NotBlank @Size(max = 500) String reason) {

  /** The change asked for. */
  public enum Action {
    SUSPEND,
    REINSTATE,
    REVOKE
  }
}
