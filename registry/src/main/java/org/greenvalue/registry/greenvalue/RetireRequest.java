package org.greenvalue.registry.greenvalue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.greenvalue.ledger.greenvalue.RetirementReason;

/**
 * Retire {@code quantity} tCO2e of a lot or an allocation for good: for a beneficiary, a reason and
 * a claim period; {@code purpose} is optional free text.
 */
public record RetireRequest(
    @NotNull @JsonDeserialize(using = TonnesInput.class) BigDecimal quantity,
    @NotNull RetirementReason reason,
    @NotBlank @Size(max = 512) String beneficiary,
    @NotNull @Valid TimeSpan claimPeriod,
    @Size(max = 1024) String purpose) {

  RetirementTerms terms() {
    return new RetirementTerms(reason, beneficiary, claimPeriod, purpose);
  }
}
