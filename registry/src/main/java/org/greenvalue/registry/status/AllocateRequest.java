package org.greenvalue.registry.status;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Allocate a status list index to {@code issuer}, for one credential it will issue. */
public record AllocateRequest(
    @NotNull
        @Size(max = 2048)
        @Pattern(regexp = "^did:[a-z0-9]+:[A-Za-z0-9._:%-]+$", message = "is not a DID")
        String issuer) {}
