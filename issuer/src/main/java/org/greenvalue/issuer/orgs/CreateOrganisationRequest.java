package org.greenvalue.issuer.orgs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.greenvalue.credentials.keys.KeyType;

/**
 * A new organisation.
 *
 * @param id lower-case letters, digits and dashes; the did:web path segment
 * @param didMethod {@code web} (default) or {@code key} (tests)
 * @param clients the OAuth2 client ids that may act for it
 * @param keyTypes the keys it holds: for did:key exactly one, whose public key is the DID ({@code
 *     ED25519} when absent); for did:web any of them ({@code ED25519} and {@code P256} when absent)
 */
record CreateOrganisationRequest(
    @NotBlank @Pattern(regexp = "^[a-z0-9][a-z0-9-]{0,62}$", message = "must be a lower-case slug")
        String id,
    @NotBlank @Size(max = 200) String name,
    @Pattern(regexp = "^(web|key)$", message = "must be web or key") String didMethod,
    @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> clients,
    @Size(min = 1, max = 3) List<@NotNull KeyType> keyTypes) {}
