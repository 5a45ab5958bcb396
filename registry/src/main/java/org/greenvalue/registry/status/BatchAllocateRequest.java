package org.greenvalue.registry.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.greenvalue.registry.organisations.Organisations;

/**
 * Allocate {@code count} status list indexes to {@code issuer}, one per credential it will issue,
 * for {@code organisation}, all of one shape (see {@link AllocateRequest}).
 */
public record BatchAllocateRequest(
    @NotNull
        @Size(max = 2048)
        @Pattern(regexp = "^did:[a-z0-9]+:[A-Za-z0-9._:%-]+$", message = "is not a DID")
        String issuer,
    @NotNull @Min(1) @Max(StatusListService.MAX_BATCH) Integer count,
    @Pattern(regexp = Organisations.ID, message = "is not an organisation id") String organisation,
    Integer statusSize,
    @Size(max = 256) List<@Valid @NotNull StatusMessageRequest> statusMessage) {}
