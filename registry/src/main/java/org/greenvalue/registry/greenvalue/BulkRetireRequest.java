package org.greenvalue.registry.greenvalue;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.greenvalue.ledger.greenvalue.RetirementReason;

/** Retire several lots and allocations for the same terms, all or nothing (1..100 items). */
public record BulkRetireRequest(
    @NotNull RetirementReason reason,
    @NotBlank @Size(max = 512) String beneficiary,
    @NotNull @Valid TimeSpan claimPeriod,
    @Size(max = 1024) String purpose,
    @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid Item> items) {

  /** One item: exactly one of {@code lotId} and {@code allocationId}. */
  public record Item(
      UUID lotId,
      UUID allocationId,
      @NotNull @JsonDeserialize(using = TonnesInput.class) BigDecimal quantity) {}

  RetirementTerms terms() {
    return new RetirementTerms(reason, beneficiary, claimPeriod, purpose);
  }
}
