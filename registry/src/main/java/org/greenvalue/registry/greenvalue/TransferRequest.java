package org.greenvalue.registry.greenvalue;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.greenvalue.registry.trust.Patterns;

/** Move {@code quantity} tCO2e of a lot to a new child lot held by {@code to}. */
public record TransferRequest(
    @NotNull @Size(max = 2048) @Pattern(regexp = Patterns.DID, message = "is not a DID") String to,
    @NotNull BigDecimal quantity) {}
