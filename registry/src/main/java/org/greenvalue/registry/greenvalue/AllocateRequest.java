package org.greenvalue.registry.greenvalue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Allocate {@code quantity} tCO2e of a lot to a product batch of a site for a period. */
public record AllocateRequest(
    @NotBlank @Size(max = 512) String productBatchId,
    @NotBlank @Size(max = 512) String siteId,
    @NotNull @Valid TimeSpan period,
    @NotNull @JsonDeserialize(using = TonnesInput.class) BigDecimal quantity) {}
