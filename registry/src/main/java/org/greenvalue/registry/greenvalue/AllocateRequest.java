package org.greenvalue.registry.greenvalue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Allocate {@code quantity} tCO2e of a lot to a product batch (mass balance). */
public record AllocateRequest(
    @NotBlank @Size(max = 512) String productBatchId, @NotNull BigDecimal quantity) {}
