package org.greenvalue.registry.greenvalue;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.greenvalue.registry.organisations.Organisations;

/**
 * Move {@code quantity} tCO2e of a lot to a new child lot held by {@code to}, the id of another
 * registered organisation.
 */
public record TransferRequest(
    @NotNull @Pattern(regexp = Organisations.ID, message = "is not an organisation id") String to,
    @NotNull BigDecimal quantity) {}
