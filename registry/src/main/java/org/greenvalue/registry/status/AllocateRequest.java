package org.greenvalue.registry.status;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.greenvalue.registry.organisations.Organisations;

/**
 * Allocate a status list index to {@code issuer}, for one credential it will issue.
 *
 * @param organisation the organisation the entry is for: the one registered with {@code issuer}
 *     (the default when absent; any other is refused)
 */
public record AllocateRequest(
    @NotNull
        @Size(max = 2048)
        @Pattern(regexp = "^did:[a-z0-9]+:[A-Za-z0-9._:%-]+$", message = "is not a DID")
        String issuer,
    @Pattern(regexp = Organisations.ID, message = "is not an organisation id")
        String organisation) {}
