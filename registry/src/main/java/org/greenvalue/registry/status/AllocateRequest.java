package org.greenvalue.registry.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.greenvalue.registry.organisations.Organisations;

/**
 * Allocate a status list index to {@code issuer}, for one credential it will issue.
 *
 * @param organisation the organisation the entry is for: the one registered with {@code issuer}
 *     (the default when absent; any other is refused)
 * @param statusSize bits per entry, message purpose only (1 to 8; default 1)
 * @param statusMessage the meaning of each value, message purpose only (2^statusSize items)
 */
public record AllocateRequest(
    @NotNull
        @Size(max = 2048)
        @Pattern(regexp = "^did:[a-z0-9]+:[A-Za-z0-9._:%-]+$", message = "is not a DID")
        String issuer,
    @Pattern(regexp = Organisations.ID, message = "is not an organisation id") String organisation,
    Integer statusSize,
    @Size(max = 256) List<@Valid @NotNull StatusMessageRequest> statusMessage) {}
