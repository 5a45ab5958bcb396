package org.greenvalue.registry.organisations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.greenvalue.registry.trust.Patterns;

/**
 * An organisation as the trust authority registers it ({@code POST /organisations}) or states it
 * again ({@code PUT /organisations/{id}}: the DIDs and clients given replace the ones held).
 *
 * @param id lower-case letters, digits and dashes (as the issuer's organisation ids)
 * @param dids the DIDs it signs as; none may belong to another organisation
 * @param clients the OAuth2 client ids that may act for it
 */
record OrganisationRequest(
    @NotBlank @Pattern(regexp = Organisations.ID, message = "must be a lower-case slug") String id,
    @NotBlank @Size(max = 200) String name,
    @NotNull @Size(max = 50)
        List<
                @NotNull @Size(max = 2048) @Pattern(regexp = Patterns.DID, message = "is not a DID")
                String>
            dids,
    @NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 200) String> clients) {

  Organisation organisation() {
    return new Organisation(
        id, name, dids.stream().distinct().toList(), clients.stream().distinct().toList());
  }
}
