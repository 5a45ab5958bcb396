package org.greenvalue.registry.greenvalue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.greenvalue.service.idempotency.Idempotency;
import org.greenvalue.service.problem.Problem;
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
@Tag(name = "green-value retirements", description = "Retire lots and allocations for good")
@SecurityRequirement(name = "oauth2")
class RetirementController {
  private final RetirementService service;
  private final LotQueries queries;
  private final LotWrites writes;
  private final Ownership ownership;

  RetirementController(
      RetirementService service, LotQueries queries, LotWrites writes, Ownership ownership) {
    this.service = service;
    this.queries = queries;
    this.writes = writes;
    this.ownership = ownership;
  }

  @PostMapping("/lots/{id}/retirements")
  @Operation(summary = "Retire part of a lot; returns the signed certificate (registry.write)")
  ResponseEntity<RetirementView> retireLot(
      @PathVariable UUID id,
      @RequestHeader(name = Idempotency.HEADER, required = false) String key,
      @Valid @RequestBody RetireRequest request,
      @AuthenticationPrincipal Jwt jwt) {
    String client = Callers.clientId(jwt);
    String operation = "POST /lots/" + id + "/retirements";
    return writes.run(
        client,
        key,
        operation,
        request,
        RetirementView.class,
        () -> {
          ownership.requireOwnersClient(id, client);
          var grams = Tonnes.toGrams(request.quantity(), "quantity");
          var target =
              new RetirementTarget.OfLot(id, ChainIds.idFor(client, operation, key), grams);
          return one(service.retire(List.of(target), request.terms(), client));
        });
  }

  @PostMapping("/allocations/{id}/retirements")
  @Operation(
      summary =
          "Retire part of an allocation (the end of the chain); returns the signed certificate"
              + " naming its custody path (registry.write)")
  ResponseEntity<RetirementView> retireAllocation(
      @PathVariable UUID id,
      @RequestHeader(name = Idempotency.HEADER, required = false) String key,
      @Valid @RequestBody RetireRequest request,
      @AuthenticationPrincipal Jwt jwt) {
    String client = Callers.clientId(jwt);
    String operation = "POST /allocations/" + id + "/retirements";
    return writes.run(
        client,
        key,
        operation,
        request,
        RetirementView.class,
        () -> {
          ownership.requireAllocationOwnersClient(id, client);
          var grams = Tonnes.toGrams(request.quantity(), "quantity");
          var target =
              new RetirementTarget.OfAllocation(id, ChainIds.idFor(client, operation, key), grams);
          return one(service.retire(List.of(target), request.terms(), client));
        });
  }

  @PostMapping("/retirements")
  @Operation(
      summary =
          "Retire several lots and allocations for the same beneficiary, reason and claim period,"
              + " all or nothing (registry.write)")
  ResponseEntity<BulkRetirementView> retireMany(
      @RequestHeader(name = Idempotency.HEADER, required = false) String key,
      @Valid @RequestBody BulkRetireRequest request,
      @AuthenticationPrincipal Jwt jwt) {
    String client = Callers.clientId(jwt);
    String operation = "POST /retirements";
    return writes.run(
        client,
        key,
        operation,
        request,
        BulkRetirementView.class,
        () -> {
          List<RetirementTarget> targets = new ArrayList<>();
          for (int i = 0; i < request.items().size(); i++) {
            targets.add(target(request.items().get(i), i, client, operation, key));
          }
          var stored = service.retire(targets, request.terms(), client);
          return LotController.created(
              new BulkRetirementView(stored.stream().map(queries::view).toList()));
        });
  }

  @GetMapping("/retirements/{id}")
  @Operation(summary = "A retirement with its certificate credential (registry.read)")
  RetirementView retirement(@PathVariable UUID id) {
    return queries.retirement(id);
  }

  private RetirementTarget target(
      BulkRetireRequest.Item item, int index, String client, String operation, String key) {
    if ((item.lotId() == null) == (item.allocationId() == null)) {
      throw Problem.badRequest(
          "invalid-retirement-item",
          "items[" + index + "] must name exactly one of lotId and allocationId");
    }
    var grams = Tonnes.toGrams(item.quantity(), "items[" + index + "].quantity");
    UUID retirement = ChainIds.idFor(client, operation + "#" + index, key);
    if (item.lotId() != null) {
      ownership.requireOwnersClient(item.lotId(), client);
      return new RetirementTarget.OfLot(item.lotId(), retirement, grams);
    }
    ownership.requireAllocationOwnersClient(item.allocationId(), client);
    return new RetirementTarget.OfAllocation(item.allocationId(), retirement, grams);
  }

  private ResponseEntity<RetirementView> one(List<RetirementRepository.StoredRetirement> retired) {
    return LotController.created(queries.view(retired.get(0)));
  }
}
