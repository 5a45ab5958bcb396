package org.greenvalue.registry.greenvalue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.greenvalue.registry.organisations.Organisations;

/**
 * Move {@code quantity} tCO2e of a lot to a new child lot held by {@code to}, the id of another
 * registered organisation, against a delivery (invoice, delivery note) named by {@code
 * deliveryReference}.
 */
public record TransferRequest(
    @NotNull @Pattern(regexp = Organisations.ID, message = "is not an organisation id") String to,
    @NotNull @JsonDeserialize(using = TonnesInput.class) BigDecimal quantity,
    @NotNull
        @Size(min = 1, max = 256)
        @Pattern(regexp = "[^\\p{Cntrl}]+", message = "must not contain control characters")
        String deliveryReference) {}
