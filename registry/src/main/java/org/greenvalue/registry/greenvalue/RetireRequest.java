package org.greenvalue.registry.greenvalue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Retire {@code quantity} tCO2e of a lot for good, for a beneficiary and a purpose. */
public record RetireRequest(
    @NotBlank @Size(max = 512) String beneficiary,
    @NotBlank @Size(max = 1024) String purpose,
    @NotNull BigDecimal quantity) {}
