package org.greenvalue.registry.greenvalue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.greenvalue.registry.greenvalue.AllocationService.ClaimOutcome;
import org.greenvalue.service.idempotency.Idempotency;
import org.greenvalue.service.security.Callers;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
    name = "green-value allocations",
    description = "Allocate lots to product batches; claims of downstream credentials on them")
@SecurityRequirement(name = "oauth2")
class AllocationController {
  private final AllocationService service;
  private final LotQueries queries;
  private final LotWrites writes;
  private final Ownership ownership;

  AllocationController(
      AllocationService service, LotQueries queries, LotWrites writes, Ownership ownership) {
    this.service = service;
    this.queries = queries;
    this.writes = writes;
    this.ownership = ownership;
  }

  @PostMapping("/lots/{id}/allocations")
  @Operation(
      summary =
          "Allocate part of a lot to a product batch of a site for a period (mass balance)"
              + " (registry.write)")
  ResponseEntity<AllocationView> allocate(
      @PathVariable UUID id,
      @RequestHeader(name = Idempotency.HEADER, required = false) String key,
      @Valid @RequestBody AllocateRequest request,
      @AuthenticationPrincipal Jwt jwt) {
    String client = Callers.clientId(jwt);
    String operation = "POST /lots/" + id + "/allocations";
    return writes.run(
        client,
        key,
        operation,
        request,
        AllocationView.class,
        () -> {
          LotRow lot = ownership.requireOwnersClient(id, client);
          var grams = Tonnes.toGrams(request.quantity(), "quantity");
          UUID allocation = ChainIds.idFor(client, operation, key);
          String owner = ownership.ownerOf(lot);
          return LotController.created(
              queries.view(service.allocate(id, allocation, owner, request, grams, client)));
        });
  }

  @GetMapping("/allocations/{id}")
  @Operation(
      summary = "An allocation with its claimed and retired totals and claims (registry.read)")
  AllocationView allocation(@PathVariable UUID id) {
    return queries.allocation(id);
  }

  @PostMapping("/allocations/{id}/claims")
  @Operation(
      summary =
          "Record that a downstream credential relies on part of an allocation; the same claim"
              + " again is 200 (registry.write)")
  ResponseEntity<AllocationView> claim(
      @PathVariable UUID id,
      @RequestHeader(name = Idempotency.HEADER, required = false) String key,
      @Valid @RequestBody ClaimRequest request,
      @AuthenticationPrincipal Jwt jwt) {
    String client = Callers.clientId(jwt);
    return writes.run(
        client,
        key,
        "POST /allocations/" + id + "/claims",
        request,
        AllocationView.class,
        () -> {
          ownership.requireAllocationOwnersClient(id, client);
          var grams = Tonnes.toGrams(request.quantity(), "quantity");
          ClaimOutcome outcome = service.claim(id, request.credentialId(), grams, client);
          AllocationView view = queries.allocation(id);
          return outcome == ClaimOutcome.RECORDED
              ? LotController.created(view)
              : ResponseEntity.ok(view);
        });
  }

  @GetMapping("/allocations/{id}/chain")
  @Operation(
      summary =
          "The custody chain of an allocation: its lot, each parent lot with the transfer that"
              + " created it, and the minted root with its credentials (registry.read)")
  CustodyChainView chain(@PathVariable UUID id) {
    return queries.chain(id);
  }
}
