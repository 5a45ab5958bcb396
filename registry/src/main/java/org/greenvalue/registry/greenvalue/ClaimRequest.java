package org.greenvalue.registry.greenvalue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The downstream credential {@code credentialId} relies on {@code quantity} tCO2e of an allocation.
 */
public record ClaimRequest(
    @NotNull @Size(min = 1, max = 512) @Pattern(regexp = "\\S+", message = "is not an id")
        String credentialId,
    @NotNull @JsonDeserialize(using = TonnesInput.class) BigDecimal quantity) {}
